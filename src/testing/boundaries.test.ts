import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

type CheckBoundaries = (root: string) => string[];
const script = path.resolve(import.meta.dirname, '../../scripts/check-boundaries.mjs');
const { checkBoundaries } = (await import(pathToFileURL(script).href)) as { checkBoundaries: CheckBoundaries };

let root: string;
function tree(files: Record<string, string>): string {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'boundaries-'));
  for (const [file, source] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), source);
  }
  return root;
}
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('the boundary check', () => {
  it('passes the project as it stands', () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'boundaries-'));
    expect(checkBoundaries(path.resolve(import.meta.dirname, '../..'))).toEqual([]);
  });

  it('lets features meet through their public files', () => {
    const problems = checkBoundaries(
      tree({
        'src/server/measures/assign.ts': [
          "import { authorizeClient } from '../clients/index.js';",
          "import { clientsPolicy } from '../clients/clients.policy.js';",
          "import { inTransaction } from '../platform/deps.js';",
        ].join('\n'),
        'src/web/features/measures/Card.tsx': "import { clientName } from '../clients';\nimport { Button } from '../../ui/Button';",
      }),
    );
    expect(problems).toEqual([]);
  });

  it('fails a feature that reaches into another feature’s internals, on the server and the web', () => {
    const problems = checkBoundaries(
      tree({
        'src/server/measures/assign.ts': "import { findClient } from '../clients/clients.repository.js';",
        'src/web/features/measures/Card.tsx': "import { clientName } from '../clients/client-names';",
      }),
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain("reaches into clients's internals");
  });

  it('fails the domain importing IO or anything outside the domain', () => {
    const problems = checkBoundaries(
      tree({
        'src/domain/x/rule.ts': [
          "import { sql } from 'kysely';",
          "import fs from 'node:fs';",
          "import type { Database } from '../../db/schema.js';",
          "import { randomUUID } from 'node:crypto';",
        ].join('\n'),
      }),
    );
    expect(problems).toHaveLength(3);
  });

  it('keeps the kernel out of features and policies free of IO', () => {
    const problems = checkBoundaries(
      tree({
        'src/server/platform/http/x.ts': "import { resolveSession } from '../../auth/resolve-session.js';",
        'src/server/clients/clients.policy.ts': "import { findClient } from './clients.repository.js';",
        'src/web/kernel/session.ts': "import { clientName } from '../features/clients';",
      }),
    );
    expect(problems).toHaveLength(3);
  });

  it('fails a query built outside a repository, unless the file is on the shrinking allowance', () => {
    const problems = checkBoundaries(
      tree({
        'src/server/clients/read-client.ts': "await tx.db.selectFrom('clients').selectAll().execute();",
        'src/server/clients/clients.repository.ts': "await db.selectFrom('clients').selectAll().execute();",
        'src/server/platform/audit/append-audit.ts': "await tx.db.insertInto('audit_log').values(row).execute();",
      }),
    );
    expect(problems).toEqual([expect.stringContaining('src/server/clients/read-client.ts: builds a database query')]);
  });
});
