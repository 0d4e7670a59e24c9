import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Clinic, clientPortalCookie, openClinic } from '../../testing/clinic.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';

/** The screens show and hide from these, so they must say what the server's own rules say. */
describe.each(TEST_DIALECTS)('abilities sent with the chart and the signed-in person (%s)', (dialect) => {
  let t: TestApp;
  let clinic: Clinic;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    clinic = await openClinic(t);
  });
  afterAll(async () => t.close());

  const chartAs = async (cookie: string) =>
    (await t.request({ method: 'GET', url: `/api/clients/${clinic.clientId}`, cookie })).json().abilities;
  const meAs = async (cookie: string) => (await t.request({ method: 'GET', url: '/api/auth/me', cookie })).json().user.abilities;

  it('gives each member of the care team what their role there allows', async () => {
    expect(await chartAs(clinic.therapist.cookie)).toEqual({
      editDetails: true,
      setCareTeam: true,
      invitePortal: true,
      changePhase: true,
      writeConsultation: true,
      assignMeasures: true,
      enterMeasures: true,
      recordClinicianScore: true,
      acknowledgeFlags: true,
      recordMedical: false,
      writePreparation: true,
      planSessions: true,
      confirmOnArrival: true,
      overrideGate: false,
      openKetamineSession: true,
    });
    expect(await chartAs(clinic.prescriber.cookie)).toMatchObject({ editDetails: false, writeConsultation: false, recordMedical: true });
    const coFacilitator = await chartAs(clinic.coFacilitator.cookie);
    // In the room, a co-facilitator confirms the readiness checks on arrival; nothing else on the chart is theirs.
    const { confirmOnArrival, ...rest } = coFacilitator;
    expect(confirmOnArrival).toBe(true);
    expect(Object.values(rest).every((may) => may === false)).toBe(true);
  });

  it('lets an admin off the care team edit the record but not act clinically', async () => {
    expect(await chartAs(clinic.admin.cookie)).toMatchObject({
      editDetails: true,
      setCareTeam: true,
      invitePortal: true,
      changePhase: false,
      writeConsultation: false,
      recordMedical: false,
    });
  });

  it('returns the chart’s abilities with every change to the chart too', async () => {
    const moved = await t.request({
      method: 'POST',
      url: `/api/clients/${clinic.clientId}/phase`,
      cookie: clinic.prescriber.cookie,
      payload: { phase: 'preparation' },
    });
    expect(moved.json().abilities).toMatchObject({ changePhase: true, recordMedical: true, editDetails: false });
  });

  it('tells the app what to offer each person', async () => {
    expect(await meAs(clinic.therapist.cookie)).toMatchObject({
      workRequests: true,
      seeClients: true,
      seeEveryChart: false,
      createClients: true,
      acknowledgeFlags: true,
      changeClinicalSettings: false,
      manageStaff: false,
      setUpMail: false,
    });
    expect(await meAs(clinic.coFacilitator.cookie)).toMatchObject({ workRequests: false, seeClients: true, acknowledgeFlags: false });
    expect(await meAs(clinic.admin.cookie)).toMatchObject({
      seeEveryChart: true,
      manageStaff: true,
      browseAudit: true,
      setUpMail: true,
      acknowledgeFlags: false,
    });
    expect(await meAs(clinic.prescriber.cookie)).toMatchObject({ changeClinicalSettings: true, workRequests: false });
    const portal = await meAs(await clientPortalCookie(t, clinic));
    expect(Object.values(portal).every((may) => may === false)).toBe(true);
  });
});
