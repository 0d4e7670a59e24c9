/**
 * The CPU time of the PostgreSQL server's processes on this machine (its backends, WAL writer, …), read
 * from /proc: what a request costs the database, beside what it costs Node. Zero where there is no /proc
 * or the server runs elsewhere, and the bench then prints nothing for it.
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICK_MICROS = 10_000; // USER_HZ is 100 on Linux

export function databaseCpuMicros(): number {
  let ticks = 0;
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return 0;
  }
  for (const pid of entries) {
    if (!/^\d+$/.test(pid)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue;
    }
    const close = stat.lastIndexOf(')');
    if (stat.slice(stat.indexOf('(') + 1, close) !== 'postgres') continue;
    const fields = stat.slice(close + 2).split(' ');
    // After the name: state is field 3; utime and stime are fields 14 and 15 of the whole line.
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks * TICK_MICROS;
}
