/**
 * The statements one request costs, in order: each is a round trip on PostgreSQL and a turn on the one
 * SQLite connection, and each transaction ends in a commit (an fsync). Deterministic where throughput on a
 * shared machine is not, so it is the profile to read first when a ratio falls.
 */
import type {
  Kysely,
  KyselyPlugin,
  OperationNode,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import { loadPg } from '../src/db/load-pg.js';
import type { Database } from '../src/db/schema.js';
import type { SeededUser } from '../src/server/seed/seed-staff.js';
import { openClinic } from '../src/testing/clinic.js';
import { createTestApp, type TestApp } from '../src/testing/test-app.js';
import { TEST_DIALECTS } from '../src/testing/test-database.js';

function tableOf(node: OperationNode | undefined): string {
  if (!node) return '';
  if (node.kind === 'TableNode') return (node as unknown as { table: { identifier: { name: string } } }).table.identifier.name;
  if (node.kind === 'AliasNode') return tableOf((node as unknown as { node: OperationNode }).node);
  return '';
}

function describeStatement(node: RootOperationNode): string {
  switch (node.kind) {
    case 'SelectQueryNode':
      return `select ${tableOf(node.from?.froms[0])}${node.joins?.length ? ` (+${node.joins.map((j) => tableOf(j.table)).join(', ')})` : ''}`;
    case 'InsertQueryNode':
      return `insert ${tableOf(node.into)}`;
    case 'UpdateQueryNode':
      return `update ${tableOf(node.table)}`;
    case 'DeleteQueryNode':
      return `delete ${tableOf(node.from.froms[0])}`;
    default:
      return 'raw sql';
  }
}

class StatementLog implements KyselyPlugin {
  readonly lines: string[] = [];
  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    this.lines.push(describeStatement(node));
    return node;
  }
  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return result;
  }
}

/** Wraps the app's database so every statement is written down and every transaction shows as begin … commit. */
function recording(db: Kysely<Database>, log: StatementLog): Kysely<Database> {
  const logged = db.withPlugin(log);
  return new Proxy(logged, {
    get(target, key) {
      const value = Reflect.get(target, key);
      if (key !== 'transaction') return typeof value === 'function' ? value.bind(target) : value;
      return () => {
        const builder = target.transaction();
        return {
          execute: async <T>(work: (trx: unknown) => Promise<T>) => {
            log.lines.push('begin');
            const result = await builder.execute(work as never);
            log.lines.push('commit');
            return result as T;
          },
        };
      };
    },
  });
}

/**
 * What pg really sends (decision 0036 puts BEGIN and the writes nobody waits for into fewer messages than
 * statements): every `query` a pg client makes is one round trip to PostgreSQL.
 */
async function countingRoundTrips<T>(work: () => Promise<T>): Promise<{ value: T; roundTrips: number }> {
  const proto = loadPg().Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  let roundTrips = 0;
  proto.query = function (this: unknown, ...args: unknown[]) {
    roundTrips++;
    return original.apply(this, args);
  };
  try {
    return { value: await work(), roundTrips };
  } finally {
    proto.query = original;
  }
}

/** The statements of one request, after a first one has warmed any per-session state. */
export async function statementsOf(
  t: TestApp,
  send: () => Promise<{ statusCode: number }>,
): Promise<{ lines: string[]; roundTrips: number }> {
  await send();
  const log = new StatementLog();
  const original = t.deps.db;
  t.deps.db = recording(original, log);
  try {
    const { value: response, roundTrips } = await countingRoundTrips(send);
    if (response.statusCode !== 200) throw new Error(`request answered ${response.statusCode}`);
    return { lines: log.lines, roundTrips };
  } finally {
    t.deps.db = original;
  }
}

function printPath(title: string, dialect: string, { lines, roundTrips }: { lines: string[]; roundTrips: number }) {
  const transactions = lines.filter((l) => l === 'begin').length;
  const statements = lines.filter((l) => l !== 'begin' && l !== 'commit').length;
  console.log(`\nrequest path on ${dialect}: ${title}`);
  console.log(`  ${lines.join(' → ')}`);
  const trips = dialect === 'postgres' ? `, ${roundTrips} round trip(s) to PostgreSQL` : ' on the one SQLite connection';
  console.log(`  ${statements} statements, ${transactions} transaction(s)${trips}`);
}

export async function benchRequestPath(): Promise<void> {
  for (const dialect of TEST_DIALECTS) {
    const t = await createTestApp(dialect);
    try {
      const clinic = await openClinic(t);
      const as = (who: { cookie: string; user: SeededUser }) => () =>
        t.request({
          method: 'POST',
          url: `/api/clients/${clinic.clientId}/clinician-scores`,
          cookie: who.cookie,
          payload: { instrumentName: 'CADSS', score: 12, administeredOn: '2026-11-22', note: 'Benchmark' },
        });
      printPath('POST /api/clients/:id/clinician-scores', dialect, await statementsOf(t, as(clinic.therapist)));
    } finally {
      await t.close();
    }
  }
}
