/**
 * `saldo operator create`: what POST /admin/organizations/{org}/operators does, from a shell — the
 * way to make an organization's first admin. The password comes from --password, or else from
 * standard input (piped, or typed at a prompt without echo).
 */
import { createOperator } from '../../core/operators/commands.ts';
import { OPERATOR_ROLES, isOperatorRole } from '../../core/operators/operator.ts';
import { organizationBySlug } from '../../core/organizations/commands.ts';
import { performInternalWrite } from '../../core/write-pipeline.ts';
import { type CliContext, type Command, withStore } from '../context.ts';
import { parseOptions, UsageError } from '../usage-error.ts';

export const operatorCommand: Command = {
  summary: 'Create an operator (a person who signs in to the console) of an organization',
  usage: [
    'saldo operator create --org SLUG --email EMAIL --role viewer|clerk|admin [--password PASSWORD] [--one-time yes]',
  ],
  async run(args, context) {
    const [action, ...rest] = args;
    if (action !== 'create')
      throw new UsageError(
        action === undefined ? "'operator' needs an action: create" : `unknown action 'operator ${action}'`,
      );
    const options = parseOptions(rest, {
      org: { required: true },
      email: { required: true },
      role: { required: true },
      password: { required: false },
      'one-time': { required: false },
    });
    const role = options.role!;
    if (!isOperatorRole(role))
      throw new UsageError(`--role must be one of ${OPERATOR_ROLES.join(', ')}, got '${role}'`);
    if (options['one-time'] !== undefined && !['yes', 'no'].includes(options['one-time']))
      throw new UsageError('--one-time must be yes or no');
    const password = options.password ?? (await readPassword(context));
    if (password === '') throw new UsageError('a password is needed: --password, or on standard input');
    const operator = await withStore(context, async (store) => {
      const organization = await organizationBySlug(store, options.org!);
      const command = await createOperator(context.clock, organization.id, {
        email: options.email!,
        role,
        password,
        oneTimePassword: options['one-time'] === 'yes',
      });
      return performInternalWrite(
        store,
        context.clock,
        { organizationId: organization.id, keyId: null, traceId: 'cli' },
        command,
      );
    });
    context.print(
      `Created operator ${operator.id} (${operator.email}, ${operator.role}) of ${options.org}; sign in at /console.`,
    );
  },
};

/** The first line of standard input; at a terminal, asked for without echoing what is typed. */
async function readPassword(context: CliContext): Promise<string> {
  const input = context.stdin ?? process.stdin;
  if (input.isTTY) process.stderr.write('Password: ');
  const chunks: Buffer[] = [];
  if (input.isTTY && typeof input.setRawMode === 'function') {
    return readTyped(input);
  }
  for await (const chunk of input) {
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    if (Buffer.concat(chunks).includes(0x0a)) break;
  }
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

function readTyped(input: NodeJS.ReadStream): Promise<string> {
  return new Promise((resolve) => {
    let typed = '';
    input.setRawMode(true);
    input.resume();
    const onData = (data: Buffer) => {
      for (const character of data.toString('utf8')) {
        if (character === '\r' || character === '\n' || character === '\u0004') {
          input.setRawMode(false);
          input.pause();
          input.off('data', onData);
          process.stderr.write('\n');
          resolve(typed);
          return;
        }
        if (character === '\u0003') process.exit(130);
        typed = character === '\u007f' ? typed.slice(0, -1) : typed + character;
      }
    };
    input.on('data', onData);
  });
}
