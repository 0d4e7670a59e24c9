import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';

describe.each(TEST_DIALECTS)('two people accepting one invitation at once (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  async function invite(email: string, displayName: string): Promise<string> {
    const { cookie } = await t.as(['admin']);
    const response = await t.request({
      method: 'POST',
      url: '/api/staff/invitations',
      cookie,
      // Each round's person has their own name: no two staff may go by the same one.
      payload: { email, displayName, roles: ['co_facilitator'] },
    });
    expect(response.statusCode).toBe(200);
    const mail = await t.deps.db.selectFrom('outbox').select('body_text').where('to_address', '=', email).executeTakeFirstOrThrow();
    return /#token=([\w-]+)/.exec(mail.body_text)![1]!;
  }

  it('lets exactly one in and tells the other plainly, never with a 500', async () => {
    for (let round = 0; round < 4; round++) {
      const email = `nia${round}@practice.test`;
      const token = await invite(email, `Nia ${round}`);
      const accept = (shortName: string) =>
        t.request({
          method: 'POST',
          url: '/api/invitations/accept',
          payload: { token, shortName, password: 'lanterns over still water' },
        });
      const responses = await Promise.all([accept(`Nia L${round}`), accept(`Nia P${round}`)]);
      const statuses = responses.map((r) => r.statusCode).sort();
      expect(statuses[0]).toBe(200);
      expect([404, 409]).toContain(statuses[1]);
      const refused = responses.find((r) => r.statusCode !== 200)!.json();
      expect(refused.error.code).toMatch(/^(not_found|already_exists)$/);
      expect(refused.error.message).not.toMatch(/went wrong/);
      const users = await t.deps.db.selectFrom('users').select('id').where('email', '=', email).execute();
      expect(users).toHaveLength(1);
    }
  });
});
