import { useEffect, useRef, useState } from 'react';
import type { SessionAlertView } from './console-types';

interface Props {
  alerts: SessionAlertView[];
  onAcknowledge: (alertId: string) => void;
}

const RECHECK_WORDS: Record<string, string> = {
  waiting: 'Recheck in 5 minutes',
  due: 'Recheck due now',
  overdue: 'Recheck overdue',
  confirmed: 'Recheck confirmed the reading',
  not_confirmed: 'Recheck did not confirm the reading',
};

/**
 * Open alerts stay on screen until someone acknowledges them. The announcement region speaks each new
 * alert once; the list itself is not a live region, so a refresh does not repeat it.
 */
export function AlertsPanel({ alerts, onAcknowledge }: Props) {
  const open = alerts.filter((a) => a.acknowledged === null);
  const announced = useRef(new Set<string>());
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const fresh = open.filter((a) => !announced.current.has(a.id));
    if (fresh.length === 0) return;
    for (const a of fresh) announced.current.add(a.id);
    setAnnouncement(fresh.map((a) => a.message).join(' '));
  }, [open]);
  const rechecks = alerts.filter((a) => a.recheck && a.acknowledged !== null);
  return (
    <>
      <div role="alert" className="visually-hidden">
        {announcement}
      </div>
      {open.length > 0 && (
        <section className="console-alerts" aria-label="Alerts to acknowledge">
          {open.map((alert) => (
            <div key={alert.id} className="console-alert">
              <p className="console-alert-message">
                <span aria-hidden="true">▲ </span>
                {alert.message}
              </p>
              {alert.recheck && <p className="console-alert-recheck">{RECHECK_WORDS[alert.recheck.status]}</p>}
              <button type="button" className="console-tap console-save" onClick={() => onAcknowledge(alert.id)}>
                Acknowledge
              </button>
            </div>
          ))}
        </section>
      )}
      {rechecks.map((alert) => (
        <p key={alert.id} className="console-recheck-line">
          {alert.message} — {alert.recheck ? RECHECK_WORDS[alert.recheck.status] : ''}
        </p>
      ))}
    </>
  );
}
