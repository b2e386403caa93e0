// CPU time spent by the server under test during a load run, read from /proc (Linux):
// the server's process and its children (the workers of scripts/serve.mjs). Divided
// by the answered
// requests it gives CPU milliseconds per page view — a figure that stays meaningful
// when other work shares the machine, unlike requests per second.
import { readdirSync, readFileSync } from "node:fs";

const TICKS_PER_SECOND = 100; // USER_HZ on Linux (getconf CLK_TCK)

type TProc = { pid: number; ppid: number; ticks: number };

function processes(): TProc[] {
  const out: TProc[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The name is in parentheses and may contain spaces; the fields after it are fixed.
      const close = stat.lastIndexOf(")");
      const fields = stat.slice(close + 2).split(" ");
      out.push({ pid: Number(entry), ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // the process ended while we read
    }
  }
  return out;
}

function treeOf(all: TProc[], root: number): TProc[] {
  const pids = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of all) {
      if (!pids.has(p.pid) && pids.has(p.ppid)) {
        pids.add(p.pid);
        grew = true;
      }
    }
  }
  return all.filter((p) => pids.has(p.pid));
}

/** Seconds of CPU used so far by the process tree of `rootPid`. */
export function sampleCpu(rootPid: number): number {
  return treeOf(processes(), rootPid).reduce((total, p) => total + p.ticks, 0) / TICKS_PER_SECOND;
}

/** CPU milliseconds per request between two samples. */
export function cpuPerRequest(before: number, after: number, requests: number): number {
  return requests > 0 ? Math.max(0, ((after - before) * 1000) / requests) : NaN;
}
