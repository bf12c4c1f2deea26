import { Controller, Get, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { Clock } from '@prepstack/platform';
import { AuthenticatedRequest, BearerAuthGuard } from './bearer-auth.guard';
import { ExportService } from './export.service';
import { HttpErrorFilter } from './http-error.filter';

/**
 * Downloads of the signed-in user's own data over plain HTTP (`Authorization: Bearer <access
 * token>`), as attachments that are never cached:
 *
 * - `GET /export/me.json`: everything the user created (see ExportService), one JSON document;
 * - `GET /export/attempts.csv`: every attempt, one row each (see csv.ts for the columns).
 *
 * Errors are JSON `{ error: { code, message } }` with the HTTP status of the code (401 with
 * `WWW-Authenticate: Bearer` without a valid token).
 */
@Controller('export')
@UseGuards(BearerAuthGuard)
@UseFilters(HttpErrorFilter)
export class ExportController {
  constructor(
    private readonly exports: ExportService,
    private readonly clock: Clock,
  ) {}

  @Get('me.json')
  async json(@Req() req: AuthenticatedRequest, @Res() res: Response): Promise<void> {
    this.attachment(res, 'application/json; charset=utf-8', `prepstack-export-${this.day()}.json`);
    await this.exports.writeJson(req.user.id, res);
    res.end();
  }

  @Get('attempts.csv')
  async csv(@Req() req: AuthenticatedRequest, @Res() res: Response): Promise<void> {
    this.attachment(res, 'text/csv; charset=utf-8; header=present', `prepstack-attempts-${this.day()}.csv`);
    await this.exports.writeAttemptsCsv(req.user.id, res);
    res.end();
  }

  private attachment(res: Response, type: string, filename: string): void {
    res.status(200);
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
  }

  private day(): string {
    return this.clock.now().toISOString().slice(0, 10);
  }
}
