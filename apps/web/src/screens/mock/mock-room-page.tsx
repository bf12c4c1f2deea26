import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '../../api/client';
import { connection } from '../../api/connection';
import type { ApiError } from '../../api/errors';
import { session } from '../../auth/session';
import { useNow } from '../../components/clock';
import { ErrorNotice } from '../../components/error-notice';
import { Loading, Page } from '../../components/page';
import { LEVEL_LABEL, ROLE_LABEL, STACK_LABEL } from '../../lib/labels';
import { Link } from '../../lib/router';
import { durationWords, formatDuration, serverNow } from '../../lib/server-clock';
import { useStore } from '../../lib/store';
import { CandidateMain } from './candidate-panes';
import { InterviewerMain, InterviewerSide, TimerControls } from './interviewer-panes';
import { MockEnded } from './mock-ended';
import { LeaveMockSessionMutation, SendChatMessageMutation } from './mock.operations';
import { rememberSession } from './recent-sessions';
import { nameOf, type SessionView, TIMER_STATUS } from './session-model';
import { useAction } from './use-action';
import { useMockRoom } from './use-mock-room';

/**
 * A mock interview room: lobby, then the role's panes. The candidate reads the prompt and the
 * hints revealed to them and writes the answer, which streams to the interviewer; the
 * interviewer reveals hints, reads the reference answer, rubric and hidden tests, writes
 * private notes, runs the timer, pushes prompts, swaps roles, scores and ends; an observer
 * watches. Everything arrives over the session's event log, resumed after a dropped connection.
 */
export function MockRoomPage({ id }: { id: string }) {
  const me = useStore(session)!.user;
  const room = useMockRoom(id, me.id);
  const { view } = room;

  useEffect(() => {
    if (view) {
      rememberSession(me.id, { id: view.id, joinCode: view.joinCode, stack: view.stack, level: view.level, role: view.myRole, at: new Date().toISOString(), ended: view.status === 'ENDED' });
    }
  }, [view?.id, view?.myRole, view?.status]);

  if (!view) {
    return (
      <Page title={room.error ? 'Mock interview not available' : 'Loading mock interview'}>
        {room.error ? (
          <>
            <ErrorNotice error={room.error} onRetry={room.error.code === 'NETWORK' || room.error.code === 'INTERNAL_SERVER_ERROR' ? room.reload : undefined} retriesItself />
            {room.error.code === 'FORBIDDEN' && <p>You are not part of this session. Ask for its join code and join it from the mock interview page.</p>}
          </>
        ) : (
          <Loading label="Loading the session…" />
        )}
        <p>
          <Link href="/mock">Mock interviews</Link>
        </p>
      </Page>
    );
  }
  if (view.status === 'ENDED') return <MockEnded view={view} me={me.id} />;

  const role = view.myRole;
  return (
    <Page title="Mock interview" heading={`Mock interview: ${STACK_LABEL[view.stack]}, ${LEVEL_LABEL[view.level]}`} class={`mock-room role-${(role ?? 'none').toLowerCase()}`}>
      <RoomHeader view={view} lastSeq={room.lastSeq} liveError={room.liveError} />
      {view.phase === 'LOBBY' && <Lobby view={view} />}
      {role === null ? (
        <p class="notice notice-info" role="status">
          You left this session. <Link href="/mock">Join again with its code</Link>.
        </p>
      ) : (
        <div class="room-grid">
          <div class="room-main">
            {role === 'INTERVIEWER' ? <InterviewerMain view={view} /> : <CandidateMain view={view} canWrite={role === 'CANDIDATE'} />}
          </div>
          <div class="room-side">
            {role === 'INTERVIEWER' && <TimerControls view={view} />}
            <Participants view={view} me={me.id} />
            <Chat view={view} me={me.id} canSend={role !== 'OBSERVER'} />
            {role === 'INTERVIEWER' && <InterviewerSide view={view} me={me.id} />}
            {role !== 'INTERVIEWER' && <LeaveButton sessionId={view.id} />}
          </div>
        </div>
      )}
    </Page>
  );
}

/** Join code, role, and whether live updates flow: the lost-connection state shows here. */
function RoomHeader({ view, lastSeq, liveError }: { view: SessionView; lastSeq: number | null; liveError: ApiError | undefined }) {
  const c = useStore(connection);
  const [copied, setCopied] = useState(false);
  const state = !c.browserOnline || c.http === 'down' ? 'offline' : c.live === 'connected' ? 'live' : c.live === 'reconnecting' ? 'reconnecting' : 'connecting';
  const words = {
    live: 'Live',
    connecting: 'Connecting…',
    reconnecting: 'Connection lost: reconnecting. What happens meanwhile shows once it is back.',
    offline: 'Offline: no connection. What happens meanwhile shows once it is back.',
  }[state];
  return (
    <div class="room-header">
      <dl class="facts room-facts">
        <dt>Join code</dt>
        <dd>
          <code class="join-code" data-testid="join-code">
            {view.joinCode}
          </code>{' '}
          <button
            type="button"
            class="button button-small button-quiet"
            onClick={async () => {
              try {
                await navigator.clipboard.writeText(view.joinCode);
                setCopied(true);
              } catch {
                setCopied(false);
              }
            }}
          >
            Copy
          </button>
          <span role="status" class="muted">
            {copied ? ' Copied.' : ''}
          </span>
        </dd>
        <dt>Time left</dt>
        <dd>
          <RoomClock view={view} />
        </dd>
        <dt>Your role</dt>
        <dd data-testid="my-role">{view.myRole ? ROLE_LABEL[view.myRole] : 'None'}</dd>
        <dt>Connection</dt>
        <dd>
          <span class={`room-live room-live-${state}`} data-testid="room-connection" data-state={state} role="status">
            <span class="connection-dot" aria-hidden="true" /> {words}
          </span>
          <span class="muted" data-testid="last-seq" data-seq={lastSeq ?? 0}>
            {' '}
            (event {lastSeq ?? 0})
          </span>
        </dd>
      </dl>
      {liveError && <ErrorNotice error={liveError} />}
    </div>
  );
}

function Lobby({ view }: { view: SessionView }) {
  const interviewer = view.participants.find((p) => p.active && p.role === 'INTERVIEWER');
  const candidate = view.participants.find((p) => p.active && p.role === 'CANDIDATE');
  return (
    <section class="notice notice-info lobby" aria-labelledby="lobby-heading" data-testid="lobby">
      <h2 id="lobby-heading">Lobby</h2>
      {!candidate || !interviewer ? (
        <p>
          Waiting for {!candidate ? 'a candidate' : 'an interviewer'}: share the join code <strong>{view.joinCode}</strong>.
        </p>
      ) : (
        <p>
          {candidate.displayName} and {interviewer.displayName} are here. The interview starts when the interviewer starts the timer
          {view.myRole === 'INTERVIEWER' ? ' (push a prompt first, or start and then push one).' : '.'}
        </p>
      )}
    </section>
  );
}

/** The server's timer: remaining time from its deadline (or what was left when paused). */
function RoomClock({ view }: { view: SessionView }) {
  const { timer } = view;
  const running = timer.status === 'RUNNING' && timer.deadline;
  useNow(500, !!running);
  const remaining = running ? Math.max(0, Date.parse(timer.deadline!) - serverNow()) : timer.remainingMs;
  return (
    <span class="room-clock" data-timer={timer.status}>
      <span class="clock" role="timer" aria-label={`Time left: ${durationWords(remaining)}`} data-testid="room-timer">
        {formatDuration(remaining)}
      </span>{' '}
      <span class="muted">
        of {durationWords(timer.durationMs)}, {TIMER_STATUS[timer.status]}
      </span>
    </span>
  );
}

function Participants({ view, me }: { view: SessionView; me: string }) {
  const live = useStore(connection).live === 'connected';
  return (
    <section class="card" aria-labelledby="people-heading">
      <h2 id="people-heading">People</h2>
      {!live && <p class="muted">As of the last update; this refreshes when the connection is back.</p>}
      <ul class="participants" data-testid="participants">
        {view.participants.map((p) => {
          const state = !p.active ? 'left' : p.online ? 'online' : 'offline';
          return (
            <li key={p.userId} data-user={p.displayName} data-presence={state}>
              <span class={`presence presence-${state}`} aria-hidden="true" />
              <strong>{p.displayName}</strong>
              {p.userId === me && ' (you)'} · {ROLE_LABEL[p.role]} · <span class="presence-text">{state}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Chat({ view, me, canSend }: { view: SessionView; me: string; canSend: boolean }) {
  const [text, setText] = useState('');
  const action = useAction();
  const log = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = log.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [view.chat.length]);
  const send = async (event: SubmitEvent) => {
    event.preventDefault();
    const message = text.trim();
    if (!message) return;
    if (await action.run(() => request(SendChatMessageMutation, { sessionId: view.id, text: message }))) setText('');
  };
  return (
    <section class="card chat" aria-labelledby="chat-heading">
      <h2 id="chat-heading">Chat</h2>
      <div class="chat-log" ref={log} role="log" aria-live="polite" aria-label="Chat messages" data-testid="chat-log" tabIndex={0}>
        {view.chat.length === 0 ? (
          <p class="muted">No messages yet.</p>
        ) : (
          <ol>
            {view.chat.map((m, i) => (
              <li key={i} class={m.authorId === me ? 'mine' : ''}>
                <strong>{m.authorId === me ? 'You' : nameOf(view, m.authorId)}</strong>{' '}
                <time dateTime={m.at} class="muted">
                  {new Date(m.at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}
                </time>
                <p class="chat-text">{m.text}</p>
              </li>
            ))}
          </ol>
        )}
      </div>
      {canSend ? (
        <form class="chat-form" onSubmit={send}>
          <label for="chat-input" class="visually-hidden">
            Message
          </label>
          <input id="chat-input" type="text" maxLength={2000} autocomplete="off" value={text} onInput={(e) => setText(e.currentTarget.value)} placeholder="Message" />
          <button type="submit" class="button" disabled={action.busy || !text.trim()}>
            Send
          </button>
        </form>
      ) : (
        <p class="muted">Observers read the chat.</p>
      )}
      {action.error && <ErrorNotice error={action.error} />}
    </section>
  );
}

function LeaveButton({ sessionId }: { sessionId: string }) {
  const [confirming, setConfirming] = useState(false);
  const action = useAction();
  return (
    <div class="leave">
      {confirming ? (
        <p class="actions">
          <span>Leave the session? Your role is free for someone else.</span>
          <button type="button" class="button button-danger" disabled={action.busy} onClick={() => action.run(() => request(LeaveMockSessionMutation, { sessionId }))}>
            Yes, leave
          </button>
          <button type="button" class="button button-quiet" onClick={() => setConfirming(false)}>
            Stay
          </button>
        </p>
      ) : (
        <button type="button" class="button button-quiet" onClick={() => setConfirming(true)}>
          Leave the session
        </button>
      )}
      {action.error && <ErrorNotice error={action.error} />}
    </div>
  );
}
