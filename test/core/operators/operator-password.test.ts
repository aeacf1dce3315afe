// Proves password hashing (src/core/operators/password.ts): scrypt with its parameters in the
// stored text, a fresh salt each time, verification of the right password only, refusal of a
// tampered or foreign hash, and Unicode forms that look alike verifying alike.
import { expect, it } from 'vitest';
import { SCRYPT_PARAMETERS, decoyHash, hashPassword, verifyPassword } from '../../../src/core/operators/password.ts';

it('stores scrypt with its parameters and a fresh salt, and verifies only the right password', async () => {
  const first = await hashPassword('correct horse battery staple');
  const second = await hashPassword('correct horse battery staple');
  expect(first).toMatch(
    new RegExp(`^scrypt\\$${SCRYPT_PARAMETERS.cost}\\$8\\$1\\$[A-Za-z0-9_-]{22}\\$[A-Za-z0-9_-]{43}$`),
  );
  expect(first).not.toBe(second);
  expect(await verifyPassword('correct horse battery staple', first)).toBe(true);
  expect(await verifyPassword('correct horse battery stapl', first)).toBe(false);
  expect(await verifyPassword('Correct horse battery staple', first)).toBe(false);
});

it.each([
  ['another scheme', (hash: string) => hash.replace(/^scrypt/, 'bcrypt')],
  ['a changed key', (hash: string) => hash.slice(0, -2) + (hash.endsWith('AA') ? 'BB' : 'AA')],
  ['a cost that is no power of two', (hash: string) => hash.replace(`$${SCRYPT_PARAMETERS.cost}$`, '$1000$')],
  ['an excessive cost', (hash: string) => hash.replace(`$${SCRYPT_PARAMETERS.cost}$`, `$${2 ** 24}$`)],
  ['a missing part', (hash: string) => hash.split('$').slice(0, 5).join('$')],
  ['nothing', () => ''],
])('refuses %s', async (_label, tamper) => {
  const hash = await hashPassword('correct horse battery staple');
  expect(await verifyPassword('correct horse battery staple', tamper(hash))).toBe(false);
});

it('verifies a password typed in another Unicode form alike (NFKC)', async () => {
  const hash = await hashPassword('Meikäläinen passphrase');
  expect(await verifyPassword('Meika\u0308la\u0308inen passphrase', hash)).toBe(true);
});

it('has a decoy hash that no password opens', async () => {
  const decoy = await decoyHash();
  expect(decoy).toBe(await decoyHash());
  expect(await verifyPassword('', decoy)).toBe(false);
});
