/**
 * `npm run build:console` (and `npm install`, as its postinstall): bundles the console into
 * dist/console. `npm start` does the same by itself when the build is missing or stale.
 */
import { CONSOLE_BUILD_DIRECTORY, buildConsole } from '../src/http/console/build.ts';

const started = Date.now();
await buildConsole();
process.stdout.write(`saldo: console built into ${CONSOLE_BUILD_DIRECTORY} in ${Date.now() - started} ms\n`);
