// The integration files that do not run in the pool (scripts/test-integration.ts), and why.
// Every other file gets its own databases from the run's one server, free ports and temp dirs,
// and its own process, so it can run beside any other.
//
// ALONE: a file that promises a time a busy neighbour would break runs by itself, after the rest.
export const ALONE: Record<string, string> = {
  "tests/integration/cluster.test.ts":
    "two app servers and a browser, Redis stopped and started under them, and changes promised on the other server within 2 s",
  // Beside the e2e run its Redis half measured 5.3–8.4 s on CI (promise: 5 s; 1.9 s alone): the
  // browsers' load, not the mechanism. It also runs initdb, which nothing in this lane races.
  "tests/integration/front-outage.test.ts":
    "PostgreSQL stopped 30 s and Redis stopped under the nginx front and two app servers, changes promised through the front within 5 s",
};

// ONE_AT_A_TIME: files that hold something the machine has only one of run one after another,
// in a lane beside the pool (the pool's last files often wait on timers, so the lane fills that
// time). Here: initdb creates the system postgres user when run as root, and two initdbs at once
// race to create it.
export const ONE_AT_A_TIME: Record<string, string> = {
  "tests/integration/embedded.test.ts":
    "starts its own embedded clusters and kill -9s them (initdb creates the system postgres user when run as root)",
  "tests/integration/user-cli.test.ts":
    "`npm run user` starts and stops embedded clusters of its own (initdb creates the system postgres user when run as root)",
};

/** Every file kept out of the pool, with its reason. */
export const SERIAL: Record<string, string> = { ...ALONE, ...ONE_AT_A_TIME };
