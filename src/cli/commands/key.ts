/** `saldo key issue|revoke|list`: what /admin/organizations/{org}/api-keys does, from a shell. */
import { issueApiKey, listApiKeys, revokeApiKey } from '../../core/organizations/commands.ts';
import { isScope, SCOPES, type Scope } from '../../core/scopes.ts';
import { type Command, commandLineOrigin, withStore } from '../context.ts';
import { parseOptions, UsageError } from '../usage-error.ts';

const NAME_LENGTH_MAX = 200;
const KEY_ID_PATTERN = /^key_[0-9A-Z]{26}$/;

function parseScopes(text: string): Scope[] {
  const scopes = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (scopes.length === 0) throw new UsageError('--scopes needs at least one scope');
  for (const scope of scopes) {
    if (!isScope(scope)) throw new UsageError(`unknown scope '${scope}'; scopes are ${SCOPES.join(', ')}`);
  }
  return scopes as Scope[];
}

export const keyCommand: Command = {
  summary: 'Issue, revoke or list the API keys of an organization',
  usage: [
    'saldo key issue --org SLUG --name NAME --scopes SCOPE[,SCOPE…]',
    'saldo key revoke --org SLUG --id KEY_ID',
    'saldo key list --org SLUG',
  ],
  async run(args, context) {
    const [action, ...rest] = args;
    if (action === 'issue') {
      const options = parseOptions(rest, {
        org: { required: true },
        name: { required: true },
        scopes: { required: true },
      });
      const name = options.name!;
      if (name.length > NAME_LENGTH_MAX) throw new UsageError(`--name must be at most ${NAME_LENGTH_MAX} characters`);
      const scopes = parseScopes(options.scopes!);
      const { apiKey, key } = await withStore(context, (store) =>
        issueApiKey(store, context.clock, options.org!, { name, scopes }, commandLineOrigin()),
      );
      context.print(`Issued key ${apiKey.id} (${apiKey.name}) for ${options.org} with ${apiKey.scopes.join(', ')}.`);
      context.print('It is shown only this once; store it now:');
      // Alone on the last line, so `| tail -n 1` gives a script the key.
      context.print(key);
      return;
    }
    if (action === 'revoke') {
      const options = parseOptions(rest, { org: { required: true }, id: { required: true } });
      if (!KEY_ID_PATTERN.test(options.id!))
        throw new UsageError(`--id '${options.id}' is not a key id (key_ and 26 characters)`);
      await withStore(context, (store) =>
        revokeApiKey(store, context.clock, options.org!, options.id!, commandLineOrigin()),
      );
      context.print(
        `Revoked key ${options.id} of ${options.org}; running servers refuse it within their API_KEY_CACHE_SECONDS (5 s by default).`,
      );
      return;
    }
    if (action === 'list') {
      const options = parseOptions(rest, { org: { required: true } });
      const keys = await withStore(context, (store) => listApiKeys(store, options.org!));
      if (keys.length === 0) context.print(`${options.org} has no keys.`);
      for (const k of keys)
        context.print(
          `${k.id}\t${k.revokedAt === null ? 'active' : `revoked ${k.revokedAt}`}\t${k.scopes.join(',')}\t${k.name}`,
        );
      return;
    }
    throw new UsageError(
      action === undefined ? "'key' needs an action: issue, revoke or list" : `unknown action 'key ${action}'`,
    );
  },
};
