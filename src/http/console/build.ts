/**
 * Builds the console (Preact, bundled by Vite) from console/ into dist/console, which the server
 * serves at /console. `npm install` builds it (postinstall) and `npm start` builds it when it is
 * missing or older than its sources, so a user never runs a build step. The build goes to a
 * fresh folder that replaces the old one whole: a server never serves half a build.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPOSITORY_DIRECTORY = fileURLToPath(new URL('../../../', import.meta.url));
export const CONSOLE_SOURCE_DIRECTORY = join(REPOSITORY_DIRECTORY, 'console');
/** The typed client the console is written against: part of its sources. */
const CLIENT_SOURCE_DIRECTORY = join(REPOSITORY_DIRECTORY, 'clients', 'typescript', 'src');
export const CONSOLE_BUILD_DIRECTORY = join(REPOSITORY_DIRECTORY, 'dist', 'console');

function newestChange(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether dist/console exists and is newer than every source file of the console and its client. */
export function consoleBuildIsCurrent(outDirectory = CONSOLE_BUILD_DIRECTORY): boolean {
  const index = join(outDirectory, 'index.html');
  if (!existsSync(index)) return false;
  if (!existsSync(CONSOLE_SOURCE_DIRECTORY)) return true;
  const sources = Math.max(
    newestChange(CONSOLE_SOURCE_DIRECTORY),
    existsSync(CLIENT_SOURCE_DIRECTORY) ? newestChange(CLIENT_SOURCE_DIRECTORY) : 0,
  );
  return statSync(index).mtimeMs >= sources;
}

export async function buildConsole(outDirectory = CONSOLE_BUILD_DIRECTORY): Promise<void> {
  // Imported here, so a server that finds the console built never loads the bundler.
  const { build } = await import('vite');
  const staging = `${outDirectory}.building-${process.pid}`;
  await build({
    root: CONSOLE_SOURCE_DIRECTORY,
    base: '/console/',
    configFile: false,
    envDir: false,
    logLevel: 'warn',
    clearScreen: false,
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      outDir: staging,
      emptyOutDir: true,
      assetsDir: 'assets',
      target: 'es2022',
      sourcemap: false,
      reportCompressedSize: false,
    },
  });
  const previous = `${outDirectory}.previous-${process.pid}`;
  if (existsSync(outDirectory)) renameSync(outDirectory, previous);
  try {
    renameSync(staging, outDirectory);
  } catch (error) {
    // Another process finished the same build first: its output serves as well as this one.
    if (!existsSync(join(outDirectory, 'index.html'))) throw error;
    rmSync(staging, { recursive: true, force: true });
  }
  rmSync(previous, { recursive: true, force: true });
}

/**
 * Builds the console unless a current build is there; says so on the log. The bundler runs in a
 * process of its own: loaded into the server, it stayed in the server's memory for good (measured:
 * some 150 MB more RSS under load).
 */
export async function ensureConsoleBuilt(
  log: (line: string) => void = () => {},
  outDirectory = CONSOLE_BUILD_DIRECTORY,
): Promise<void> {
  if (consoleBuildIsCurrent(outDirectory)) return;
  log('building the console (dist/console)…');
  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(REPOSITORY_DIRECTORY, 'scripts', 'build-console.ts'), outDirectory],
      {
        cwd: REPOSITORY_DIRECTORY,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the console build exited with ${code}`))));
  });
  log(`console built in ${Date.now() - started} ms`);
}
