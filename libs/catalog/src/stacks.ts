import { Stack } from './models/enums';

/** The five stacks and what their interviews usually cover (DESIGN.md, the domain). */
export const STACKS: readonly { id: Stack; title: string; frameworks: string[] }[] = [
  { id: Stack.java, title: 'Java', frameworks: ['Spring Boot', 'Hibernate / JPA', 'Maven / Gradle', 'JUnit / Mockito'] },
  { id: Stack.python, title: 'Python', frameworks: ['Django / DRF', 'Flask', 'FastAPI', 'SQLAlchemy', 'Celery', 'pytest'] },
  { id: Stack.node, title: 'Node.js', frameworks: ['TypeScript', 'Express', 'NestJS', 'Fastify', 'Prisma', 'Jest'] },
  { id: Stack.go, title: 'Go', frameworks: ['Gin', 'Echo', 'Chi', 'GORM', 'goroutines / channels', 'Testify'] },
  { id: Stack.dotnet, title: 'C# / .NET', frameworks: ['C#', 'ASP.NET Core', 'EF Core', 'xUnit'] },
];
