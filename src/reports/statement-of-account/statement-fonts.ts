/**
 * The fonts a statement is set in: Noto Sans, a Unicode TrueType font shipped in an npm package,
 * embedded (as a subset) in every PDF. PDF's built-in Helvetica knows Latin-1 only, so a name
 * such as "Łukasz Żółć" would come out wrong; Noto Sans covers Latin, Greek and Cyrillic, the
 * currency signs and the separators `Intl.NumberFormat` writes (no-break spaces, U+2212 minus).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const FONT_FILES = {
  regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
} as const;

export type StatementFontWeight = keyof typeof FONT_FILES;

const resolvePackageFile = createRequire(import.meta.url).resolve;
// Read once per process: a font file is about 630 kB and never changes while Saldo runs.
const loaded = new Map<StatementFontWeight, Buffer>();

export function statementFont(weight: StatementFontWeight): Buffer {
  let font = loaded.get(weight);
  if (font === undefined) {
    font = readFileSync(resolvePackageFile(FONT_FILES[weight]));
    loaded.set(weight, font);
  }
  return font;
}
