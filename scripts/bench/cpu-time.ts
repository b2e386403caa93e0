// CPU time spent by the server under test and by PostgreSQL during a load run, read
// from /proc (Linux): the app's process and its children (the workers of
// scripts/serve.mjs), and the PostgreSQL backends serving the benchmark's database
// (their process title names it; other databases on the server are not counted).
// Divided by the answered
// requests it gives CPU milliseconds per page view — a figure that stays meaningful
// when other work shares the machine, unlike requests per second.
import { readdirSync, readFileSync } from "node:fs";

const TICKS_PER_SECOND = 100; // USER_HZ on Linux (getconf CLK_TCK)

type TProc = { pid: number; ppid: number; name: string; ticks: number; title: string };

function processes(): TProc[] {
  const out: TProc[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The name is in parentheses and may contain spaces; the fields after it are fixed.
      const close = stat.lastIndexOf(")");
      const name = stat.slice(stat.indexOf("(") + 1, close);
      const fields = stat.slice(close + 2).split(" ");
      const title = name === "postgres" ? readFileSync(`/proc/${entry}/cmdline`, "utf8").replace(/\0/g, " ") : "";
      out.push({ pid: Number(entry), ppid: Number(fields[1]), name, title, ticks: Number(fields[11]) + Number(fields[12]) });
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

export type TCpuSample = { app: number; postgres: number };

/** Seconds of CPU used so far by the process tree of `rootPid` and by PostgreSQL's backends of `database`. */
export function sampleCpu(rootPid: number, database: string): TCpuSample {
  const all = processes();
  const sum = (list: TProc[]) => list.reduce((total, p) => total + p.ticks, 0) / TICKS_PER_SECOND;
  // A backend's title: "postgres: 15/main: <user> <database> <client> <state>".
  const backends = all.filter((p) => p.name === "postgres" && p.title.split(" ").includes(database));
  return { app: sum(treeOf(all, rootPid)), postgres: sum(backends) };
}

/** CPU milliseconds per request between two samples (processes that ended in between are not counted;
 *  the servers' pooled connections live through a run). */
export function cpuPerRequest(before: TCpuSample, after: TCpuSample, requests: number): { appMs: number; postgresMs: number } {
  const per = (a: number, b: number) => (requests > 0 ? Math.max(0, ((b - a) * 1000) / requests) : NaN);
  return { appMs: per(before.app, after.app), postgresMs: per(before.postgres, after.postgres) };
}
