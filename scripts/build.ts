// `npm run build:if-needed`: the production build, only when its sources changed since the last
// one (the check `npm start` makes before it serves). `npm test` runs it beside the other checks,
// so the integration tests' app servers and the e2e run find the build ready.
import { buildIfNeeded } from "./lib/build";

buildIfNeeded((m) => console.log(m)).then(
  (built) => console.log(built ? "Built." : "The build is up to date."),
  (e: unknown) => {
    console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
