import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface SiteAssets {
  stylesheet: string | null;
  fontPreloads: string[];
}

interface ManifestEntry {
  file: string;
  css?: string[];
  assets?: string[];
}

/**
 * The public pages use no JavaScript: only the stylesheet Vite builds from styles/site.css (hashed, so it
 * can be cached for a year) and the two latin font files, preloaded so text settles quickly.
 */
export function readSiteAssets(webDir: string | null): SiteAssets {
  const manifestPath = webDir ? path.join(webDir, '.vite', 'manifest.json') : null;
  if (!manifestPath || !existsSync(manifestPath)) return { stylesheet: null, fontPreloads: [] };
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestEntry>;
  const entry = manifest['styles/site.css'];
  if (!entry) return { stylesheet: null, fontPreloads: [] };
  const fonts = (entry.assets ?? []).filter((file) => /(source-serif-4|inter)-latin-wght-normal.*\.woff2$/.test(file));
  return { stylesheet: `/app/${entry.file}`, fontPreloads: fonts.map((file) => `/app/${file}`) };
}
