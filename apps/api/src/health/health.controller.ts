import { Controller, Get, HttpCode, HttpStatus, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

/** Liveness and readiness probes for process supervisors and load balancers. */
@Controller()
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** 200 while the process is up; no dependency is checked. */
  @Get('healthz')
  @HttpCode(HttpStatus.OK)
  healthz(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** 200 when the database answers and has no pending migration, else 503 with the reason. */
  @Get('readyz')
  async readyz(@Res({ passthrough: true }) res: Response): Promise<{ status: string; reason?: string }> {
    try {
      await this.dataSource.query('SELECT 1');
      if (await this.dataSource.showMigrations()) {
        res.status(HttpStatus.SERVICE_UNAVAILABLE);
        return { status: 'unavailable', reason: 'migrations pending' };
      }
      return { status: 'ready' };
    } catch {
      res.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'unavailable', reason: 'database unreachable' };
    }
  }
}
