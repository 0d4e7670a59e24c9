import { usePracticeTime } from '../../kernel/practice';
import { Table } from '../../ui/Table';
import type { MeasureResponse } from './measure-types';

/** Every completed questionnaire, newest first; each is locked once saved. */
export function ResponsesTable({ responses }: { responses: MeasureResponse[] }) {
  const time = usePracticeTime();
  return (
    <Table
      caption="Completed questionnaires"
      hideCaption
      className="responses-table"
      head={
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Questionnaire</th>
          <th scope="col">Result</th>
          <th scope="col">How</th>
        </tr>
      }
    >
      {responses.map((response) => (
        <tr key={response.id}>
          <td>
            <time dateTime={response.completedAt} className="time-stack">
              <span>{time.shortDate(response.completedAt)}</span>
              <span className="muted small">{time.relative(response.completedAt)}</span>
            </time>
          </td>
          <th scope="row" className="cell-name" title={response.instrumentVersion}>
            {response.instrumentId}
          </th>
          <td>{response.summary}</td>
          <td>
            <span className="stack">
              <span>{response.entryMode === 'client' ? 'By the client, in the portal' : 'With the client, in session'}</span>
              <span className="muted small">Entered by {response.enteredByName}</span>
            </span>
          </td>
        </tr>
      ))}
    </Table>
  );
}
