/**
 * The v1 customer endpoints are deprecated (seeds 000 and 001). Every answer of the dialect,
 * errors included, says so: `Deprecation` (RFC 9745) with the date it was deprecated, a `Link`
 * to the documentation and, when the answer names an account, to the native resource that
 * succeeds it, and `Sunset` (RFC 8594) once the organization has set a date.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { OrganizationSettings } from '../../core/organizations/settings.ts';
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
  // A callback hook: the settings are nearly always held, and an async hook would cost every
  // answer a promise for a read that does not wait.
  app.addHook('onSend', (request, reply, payload, done) => {
    void reply.header('deprecation', DEPRECATION_HEADER);
    if (!reply.hasHeader('link')) void reply.header('link', DEPRECATION_LINK);
    const organization = request.organization;
    const held = organization && store.organizations.heldSettings(organization.id);
    if (!organization || held) {
      if (held) sunsetFrom(reply, held);
      done(null, payload);
      return;
    }
    store.organizations.recentSettings(organization.id).then(
      (settings) => {
        sunsetFrom(reply, settings);
        done(null, payload);
      },
      (error: unknown) => {
        // The answer (maybe an error of this very database) goes out without Sunset.
        request.log.warn({ err: error }, 'v1 sunset date unreadable');
        done(null, payload);
      },
    );
  });
}

function sunsetFrom(reply: FastifyReply, { v1SunsetDate }: OrganizationSettings): void {
  if (v1SunsetDate) void reply.header('sunset', sunsetHeader(v1SunsetDate));
}
