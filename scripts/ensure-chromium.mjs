// Browser tests use Debian's Chromium, never a downloaded browser. Install it when we can; otherwise
// stop with the exact command to run — the browser tests are never skipped silently.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const INSTALL = 'apt-get update && apt-get install -y chromium';

if (!existsSync(CHROMIUM)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(`Chromium is missing at ${CHROMIUM}. Install Debian's package, then run the tests again:\n\n    sudo ${INSTALL}\n`);
    process.exit(1);
  }
  console.log(`Chromium is missing at ${CHROMIUM}; installing Debian's package…`);
  try {
    execSync(INSTALL, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch {
    console.error(`Installing Chromium failed. Run this, then the tests again:\n\n    ${INSTALL}\n`);
    process.exit(1);
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`Chromium is still missing at ${CHROMIUM}. Run:\n\n    ${INSTALL}\n`);
    process.exit(1);
  }
}
