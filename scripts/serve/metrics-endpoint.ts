// GET /metrics: Prometheus text for this machine, or for a client with the bearer token
// (lib/observe/metrics.ts decides who may read it).
import { answerMetrics, type Metrics } from "@/lib/observe/metrics";
import { isRead, type Step } from "./step";

export function metricsEndpoint(metrics: Metrics, token: string | undefined): Step {
  return {
    name: "metrics",
    async run(x) {
      if (x.pathname !== "/metrics" || !isRead(x.req)) return false;
      await answerMetrics(metrics, x.ip, x.req, x.res, token);
      return true;
    },
  };
}
