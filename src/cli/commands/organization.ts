/** `saldo organization create|list`: what POST /admin/organizations does, from a shell. */
import { createOrganization, SLUG_PATTERN } from '../../core/organizations/commands.ts';
import { type Command, commandLineOrigin, withStore } from '../context.ts';
import { parseOptions, UsageError } from '../usage-error.ts';

const NAME_LENGTH_MAX = 200;

export function assertTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new UsageError(`--time-zone '${timeZone}' is not an IANA time zone (e.g. Europe/Helsinki)`);
  }
}

export const organizationCommand: Command = {
  summary: 'Create or list organizations',
  usage: ['saldo organization create --slug SLUG --name NAME [--time-zone ZONE]', 'saldo organization list'],
  async run(args, context) {
    const [action, ...rest] = args;
    if (action === 'create') {
      const options = parseOptions(rest, {
        slug: { required: true },
        name: { required: true },
        'time-zone': { required: false },
      });
      const slug = options.slug!;
      const name = options.name!;
      const timeZone = options['time-zone'];
      if (!SLUG_PATTERN.test(slug))
        throw new UsageError(`--slug '${slug}' must be lowercase letters, digits and inner dashes, at most 64`);
      if (name.length > NAME_LENGTH_MAX) throw new UsageError(`--name must be at most ${NAME_LENGTH_MAX} characters`);
      if (timeZone !== undefined) assertTimeZone(timeZone);
      const organization = await withStore(context, (store) =>
        createOrganization(store, context.clock, { slug, name, timeZone }, commandLineOrigin()),
      );
      context.print(
        `Created organization ${organization.slug} (${organization.id}), time zone ${organization.timeZone}.`,
      );
      return;
    }
    if (action === 'list') {
      parseOptions(rest, {});
      const organizations = await withStore(context, (store) => store.organizations.list());
      if (organizations.length === 0) context.print('No organizations yet.');
      for (const o of organizations) context.print(`${o.slug}\t${o.id}\t${o.timeZone}\t${o.name}`);
      return;
    }
    throw new UsageError(
      action === undefined
        ? "'organization' needs an action: create or list"
        : `unknown action 'organization ${action}'`,
    );
  },
};
