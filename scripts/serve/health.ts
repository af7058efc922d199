// /healthz and /readyz, answered before Next so no section or page can shadow them. Liveness
// touches nothing; readiness asks `ready` (lib/readiness.ts: the database answers and its
// migrations are this build's) and says so in one line.
import { readinessText, type Readiness } from "@/lib/readiness";
import { answerText, isRead, type Step } from "./step";

export type HealthOptions = {
  ready: () => Promise<Readiness>;
  /** Told when readiness changes, not on every probe: a load balancer asks every few seconds. */
  onChange: (line: string) => void;
};

export function health(o: HealthOptions): Step {
  let wasReady = true;
  return {
    name: "health",
    async run(x) {
      if ((x.pathname !== "/healthz" && x.pathname !== "/readyz") || !isRead(x.req)) return false;
      let status = 200;
      let text = "ok";
      if (x.pathname === "/readyz") {
        const state = await o.ready();
        // Ready may still be degraded (Redis away): the line says so (lib/readiness.ts).
        [status, text] = [state.ready ? 200 : 503, readinessText(state)];
        if (state.ready !== wasReady)
          o.onChange(
            `[server] readyz: ${state.ready ? "ready again" : `not ready: ${state.reason}${state.detail ? ` (${state.detail})` : ""}`}`,
          );
        wasReady = state.ready;
      }
      answerText(x.res, status, text, "no-store");
      return true;
    },
  };
}
