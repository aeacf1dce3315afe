import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { requestLogger } from '../../src/http/shared/request-logger.ts';

function capturedLogger(level: string) {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { parent: pino({ level }, stream), lines };
}

describe("a request's logger", () => {
  it('builds no pino child for lines below the level, and binds the request id to those it writes', () => {
    const { parent, lines } = capturedLogger('warn');
    const child = vi.spyOn(parent, 'child');
    const log = requestLogger(parent, { reqId: 'trace-1' }, {});
    log.info('incoming request');
    log.debug({ detail: 1 }, 'not written');
    expect(child).not.toHaveBeenCalled();
    expect(log.level).toBe('warn');

    log.warn({ code: 'database_unavailable' }, 'database not ready');
    log.error('failed');
    expect(child).toHaveBeenCalledTimes(1);
    expect(lines.map((l) => [l.reqId, l.msg])).toEqual([
      ['trace-1', 'database not ready'],
      ['trace-1', 'failed'],
    ]);
    expect(lines[0]).toMatchObject({ code: 'database_unavailable' });
  });

  it("writes every line at the parent's level, and its own children keep the request id", () => {
    const { parent, lines } = capturedLogger('info');
    const log = requestLogger(parent, { reqId: 'trace-2' }, {});
    log.info('incoming request');
    log.child({ job: 'dunning' }).info('run');
    expect(lines.map((l) => [l.reqId, l.job, l.msg])).toEqual([
      ['trace-2', undefined, 'incoming request'],
      ['trace-2', 'dunning', 'run'],
    ]);
  });

  it("is pino's own child at once for a route with a level of its own", () => {
    const { parent, lines } = capturedLogger('warn');
    const log = requestLogger(parent, { reqId: 'trace-3' }, { level: 'debug' });
    log.debug('written at the route level');
    expect(lines.map((l) => [l.reqId, l.msg])).toEqual([['trace-3', 'written at the route level']]);
  });
});
