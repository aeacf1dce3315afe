/**
 * The v1 customer endpoints are deprecated (seeds 000 and 001). Every answer of the dialect,
 * errors included, says so: `Deprecation` (RFC 9745) with the date it was deprecated, a `Link`
 * to the documentation and, when the answer names an account, to the native resource that
 * succeeds it, and `Sunset` (RFC 8594) once the organization has set a date.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Store } from '../../core/store.ts';

/** 2026-01-01T00:00:00Z: when the v1 customer endpoints were deprecated. */
export const V1_DEPRECATED_AT = new Date('2026-01-01T00:00:00Z');
export const DEPRECATION_HEADER = `@${V1_DEPRECATED_AT.getTime() / 1000}`;
export const DEPRECATION_LINK = '</docs>; rel="deprecation"';

/** Names the native resource that replaces the answer (a path under /orgs). */
export function linkSuccessor(reply: FastifyReply, successorPath: string): void {
  void reply.header('link', `${DEPRECATION_LINK}, <${successorPath}>; rel="successor-version"`);
}

/** The HTTP-date of a YYYY-MM-DD sunset date, at the start of that day (UTC). */
export function sunsetHeader(date: string): string {
  return new Date(`${date}T00:00:00Z`).toUTCString();
}

export function useDeprecationHeaders(app: FastifyInstance, store: Store): void {
  app.addHook('onSend', async (request, reply, payload) => {
    void reply.header('deprecation', DEPRECATION_HEADER);
    if (!reply.hasHeader('link')) void reply.header('link', DEPRECATION_LINK);
    const organization = request.organization;
    if (organization) {
      try {
        const { v1SunsetDate } = await store.organizations.recentSettings(organization.id);
        if (v1SunsetDate) void reply.header('sunset', sunsetHeader(v1SunsetDate));
      } catch (error) {
        // The answer (maybe an error of this very database) goes out without Sunset.
        request.log.warn({ err: error }, 'v1 sunset date unreadable');
      }
    }
    return payload;
  });
}
