// The `authz` worker fixture: this worker's world (see world.ts) and one request
// context per actor, signed in through the UI once and reused by every test of the
// worker — the cells are HTTP requests, not browser pages.
import { expect, test as base } from "@playwright/test";
import { CELLS, cellTitle, forbiddenCanaries, type TActor, type TCell, type TResource } from "../../../test/authz/matrix";
import { HTTP_PROBES, type TEnv } from "./probes";
import { callerFor } from "./plant";
import { contextsFor, worldForWorker } from "./world";

export const test = base.extend<object, { authz: TEnv & { baseURL: string } }>({
  authz: [
    async ({ browser, playwright }, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL;
      if (!baseURL) throw new Error("the authz specs need a baseURL");
      const world = await worldForWorker(browser, playwright, baseURL, workerInfo.project.outputDir, workerInfo.parallelIndex);
      const contexts = await contextsFor(playwright, baseURL, world);
      await use({ world, contexts, call: callerFor(contexts, baseURL), shared: new Map(), baseURL });
      await Promise.all(Object.values(contexts).map((c) => c.dispose()));
    },
    { scope: "worker", timeout: 600_000 },
  ],
});

export { expect };

/** Leaked canaries: those `actor` may not see, found in anything they received. */
export function leakedCanaries(env: TEnv, actor: TActor, received: string[]): string[] {
  return forbiddenCanaries(actor).filter((name) => received.some((text) => text.includes(env.world.canaries[name])));
}

async function checkCell(env: TEnv, cell: TCell) {
  const probe = HTTP_PROBES[cell.resource][cell.operation];
  if (!probe) throw new Error(`no HTTP probe for ${cell.resource} ${cell.operation}`);
  const observed = await probe(env, cell.actor, cell.expected);
  expect(observed.done, cell.why).toBe(cell.expected === "allowed");
  if (cell.expected === "notFound" && observed.sameAsMissing !== undefined) {
    expect(observed.sameAsMissing, "the refusal must read exactly like a target that does not exist").toBe(true);
  }
  expect(leakedCanaries(env, cell.actor, observed.seen), "canaries in what the actor received").toEqual([]);
}

/** One test per cell of the matrix for these resources, over HTTP. */
export function describeCells(resources: readonly TResource[]) {
  for (const resource of resources) {
    test.describe(`[authz] ${resource} over HTTP`, () => {
      for (const cell of CELLS.filter((c) => c.resource === resource)) {
        test(`[authz] ${cellTitle(cell)}`, async ({ authz }) => {
          test.setTimeout(120_000);
          await checkCell(authz, cell);
        });
      }
    });
  }
}
