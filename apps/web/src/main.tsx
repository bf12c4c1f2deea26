import { render } from 'preact';
import { App } from './app';
import { verifySession } from './auth/session';
import './styles.css';

render(<App />, document.getElementById('app')!);
void verifySession();
