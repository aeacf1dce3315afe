/**
 * `npm run build:console` (and `npm install`, as its postinstall): bundles the console into
 * dist/console. `npm start` does the same by itself when the build is missing or stale.
 */
import { CONSOLE_BUILD_DIRECTORY, buildConsole } from '../src/http/console/build.ts';

// The server passes the folder to build into; npm passes none.
const outDirectory = process.argv[2] ?? CONSOLE_BUILD_DIRECTORY;
const started = Date.now();
await buildConsole(outDirectory);
process.stdout.write(`saldo: console built into ${outDirectory} in ${Date.now() - started} ms\n`);
