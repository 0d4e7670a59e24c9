import { LoadError, Loading } from '../../ui/LoadState';
import type { Client } from '../clients';
import { formatCalendarDate } from '../clients';
import { ClearanceCard } from './ClearanceCard';
import { ClearanceForm } from './ClearanceForm';
import { MedicalFlags } from './MedicalFlags';
import { useClientMedical } from './medical.api';
import { ScreeningForm } from './ScreeningForm';
import { ScreeningSummary } from './ScreeningSummary';

/** The prescriber records; everyone on the team reads the summary. Holdspace records, it never decides eligibility. */
export function MedicalSection({ client, canRecord }: { client: Client; canRecord: boolean }) {
  const medical = useClientMedical(client.id);
  const data = medical.data;
  const past = data?.clearances.filter((c) => c.id !== data.current?.id) ?? [];
  return (
    <section aria-labelledby="medical-heading">
      <h2 id="medical-heading" className="section-title">
        Medical screening and clearance
      </h2>
      <p className="section-lead">
        Recorded by the prescriber. Holdspace keeps the record and shows it to the team; it never decides who may have ketamine.
      </p>
      {medical.isPending && <Loading label="Loading the medical record…" />}
      {medical.isError && <LoadError error={medical.error} onRetry={() => medical.refetch()} />}
      {data && (
        <>
          <MedicalFlags clientId={client.id} flags={data.openSafetyFlags} />
          <div className="detail-grid">
            <div className="detail-main">
              {data.current ? (
                <ClearanceCard clientId={client.id} clearance={data.current} canWithdraw={canRecord} heading="Current clearance" />
              ) : (
                <section className="card" aria-labelledby="no-clearance-heading">
                  <h3 id="no-clearance-heading" className="card-title">
                    Current clearance
                  </h3>
                  <p>
                    <strong>No valid clearance.</strong>{' '}
                    {canRecord ? 'Record one below once the screening is done.' : 'The prescriber records it after the medical screening.'}
                  </p>
                </section>
              )}
            </div>
            <div className="detail-side">
              <ScreeningSummary medical={data} />
            </div>
          </div>
          {canRecord && (
            <div className="section medical-forms">
              <ScreeningForm clientId={client.id} medical={data} />
              {data.screenings.length > 0 ? (
                <ClearanceForm clientId={client.id} />
              ) : (
                <section className="card" aria-labelledby="clearance-waits-heading">
                  <h3 id="clearance-waits-heading" className="card-title">
                    Record a medical clearance
                  </h3>
                  <p>Clearance rests on the screening: record the medical screening first, and the clearance form opens here.</p>
                </section>
              )}
            </div>
          )}
          {past.length > 0 && (
            <section className="section" aria-labelledby="past-clearances-heading">
              <h3 id="past-clearances-heading" className="section-title">
                Earlier clearances
              </h3>
              <div className="stack-cards">
                {past.map((clearance) => (
                  <ClearanceCard
                    key={clearance.id}
                    clientId={client.id}
                    clearance={clearance}
                    canWithdraw={canRecord}
                    heading={`Clearance of ${formatCalendarDate(clearance.clearedOn)}`}
                  />
                ))}
              </div>
            </section>
          )}
        </>
      )}
    </section>
  );
}
