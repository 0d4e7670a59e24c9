import { useUser } from '../../kernel/session';
import { LoadError, Loading } from '../../ui/LoadState';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { MonitoringFacts, useClinicalSettings } from '../medical';
import { ClinicalSettingsForm } from './ClinicalSettingsForm';
import { SomaticVocabularyCard } from './SomaticVocabularyCard';

const SOURCE =
  'Defaults from the esketamine (Spravato) label and REMS, the nearest published protocol; your prescriber may change them. Each clearance copies them, and the prescriber can change them for one client there.';

export function ClinicalSettingsPage() {
  const user = useUser();
  const settings = useClinicalSettings();
  const editable = user.abilities.changeClinicalSettings;
  return (
    <>
      <PageHeader
        title="Clinical settings"
        lead={
          editable
            ? 'Monitoring defaults for ketamine sessions, the PCL-5 cut-off and how long a client portal session may sit idle.'
            : 'Monitoring defaults for ketamine sessions and other clinical settings. Only a prescriber can change them.'
        }
      />
      <div className="settings-source">
        <Notice tone="info" headingLevel={2} title="Where these numbers come from">
          <p>{SOURCE}</p>
        </Notice>
      </div>
      {settings.isPending && <Loading label="Loading the clinical settings…" />}
      {settings.isError && <LoadError error={settings.error} onRetry={() => settings.refetch()} />}
      {settings.data && editable && <ClinicalSettingsForm settings={settings.data} />}
      {settings.data && !editable && (
        <div className="settings-read">
          <section className="card" aria-labelledby="monitoring-heading">
            <h2 id="monitoring-heading" className="card-title">
              Session monitoring
            </h2>
            <MonitoringFacts monitoring={settings.data.monitoring} />
          </section>
          <section className="card" aria-labelledby="other-heading">
            <h2 id="other-heading" className="card-title">
              Measures and the client portal
            </h2>
            <dl className="facts facts-wide">
              <div>
                <dt>PCL-5 cut-off</dt>
                <dd>A total of {settings.data.pcl5Threshold} or more is shown as at or above the screening cut-off</dd>
              </div>
              <div>
                <dt>Client idle time</dt>
                <dd>A client’s portal session ends after {settings.data.clientIdleMinutes} minutes without activity</dd>
              </div>
            </dl>
          </section>
        </div>
      )}
      <SomaticVocabularyCard />
    </>
  );
}
