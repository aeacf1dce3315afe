/**
 * A command line that cannot be carried out as written: the CLI prints one line and exits 2,
 * the conventional status for bad usage, so scripts can tell it from a failure of the work (1).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {
  override name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * `node:util` parseArgs, strict, with its errors turned into UsageError. Every option is a
 * string; `required` names those that must be present.
 */
export function parseOptions<const Names extends string>(
  args: string[],
  options: Record<Names, { required: boolean }>,
): Record<Names, string | undefined> {
  const config: Options = {};
  for (const name of Object.keys(options)) config[name] = { type: 'string' };
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({ args, options: config, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? firstLine(error.message) : String(error));
  }
  for (const [name, { required }] of Object.entries(options) as Array<[Names, { required: boolean }]>) {
    if (required && (values[name] === undefined || values[name] === '')) throw new UsageError(`--${name} is required`);
  }
  return values as Record<Names, string | undefined>;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, '');
}
