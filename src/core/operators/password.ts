/**
 * Password hashing with scrypt (memory-hard, in Node's crypto): N = 2^15, r = 8, p = 1 costs
 * 32 MiB and some 50–100 ms per hash, the OWASP recommendation for scrypt. A stored hash names
 * its parameters (`scrypt$N$r$p$salt$hash`, base64url), so they can be raised later and old hashes
 * still verify. Comparison is constant-time.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

export interface ScryptParameters {
  cost: number; // N
  blockSize: number; // r
  parallelization: number; // p
}

export const SCRYPT_PARAMETERS: ScryptParameters = { cost: 2 ** 15, blockSize: 8, parallelization: 1 };
const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** Above scrypt's need of 128·N·r bytes for the largest parameters accepted from a stored hash. */
const MEMORY_MAX_BYTES = 256 * 1024 * 1024;
const COST_MAX = 2 ** 20;

function derive(password: string, salt: Buffer, parameters: ScryptParameters): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFKC'),
      salt,
      KEY_BYTES,
      { N: parameters.cost, r: parameters.blockSize, p: parameters.parallelization, maxmem: MEMORY_MAX_BYTES },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

export async function hashPassword(
  password: string,
  parameters: ScryptParameters = SCRYPT_PARAMETERS,
): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, parameters);
  return [
    'scrypt',
    parameters.cost,
    parameters.blockSize,
    parameters.parallelization,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

interface ParsedHash {
  parameters: ScryptParameters;
  salt: Buffer;
  key: Buffer;
}

function parseHash(stored: string): ParsedHash | undefined {
  const [scheme, cost, blockSize, parallelization, salt, key, ...rest] = stored.split('$');
  if (scheme !== 'scrypt' || rest.length > 0 || salt === undefined || key === undefined) return undefined;
  const parameters = { cost: Number(cost), blockSize: Number(blockSize), parallelization: Number(parallelization) };
  const valid =
    Number.isInteger(parameters.cost) &&
    parameters.cost > 1 &&
    parameters.cost <= COST_MAX &&
    (parameters.cost & (parameters.cost - 1)) === 0 &&
    Number.isInteger(parameters.blockSize) &&
    parameters.blockSize >= 1 &&
    parameters.blockSize <= 32 &&
    Number.isInteger(parameters.parallelization) &&
    parameters.parallelization >= 1 &&
    parameters.parallelization <= 16;
  return valid ? { parameters, salt: Buffer.from(salt, 'base64url'), key: Buffer.from(key, 'base64url') } : undefined;
}

/** Whether the password is the one the stored hash was made from. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.parameters);
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

let decoy: Promise<string> | undefined;

/**
 * A hash to verify against when no operator has the email, so an unknown email costs the same
 * time as a wrong password and timing does not tell which emails exist.
 */
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(32).toString('base64url'));
  return decoy;
}
