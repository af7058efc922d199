// The integration files that do not run in the pool (scripts/test-integration.ts), and why.
// Every other file gets its own databases from the run's one server, free ports and temp dirs,
// and its own process, so it can run beside any other.
//
// ALONE: a file that promises a time a busy neighbour would break runs by itself, after the rest.
export const ALONE: Record<string, string> = {
  "tests/integration/cluster.test.ts":
    "two app servers and a browser, Redis stopped and started under them, and changes promised on the other server within 2 s",
};

// ONE_AT_A_TIME: files that hold something the machine has only one of run one after another,
// in a lane beside the pool (the pool's last files often wait on timers, so the lane fills that
// time). Here: initdb creates the system postgres user when run as root, and two initdbs at once
// race to create it.
export const ONE_AT_A_TIME: Record<string, string> = {
  "tests/integration/embedded.test.ts":
    "starts its own embedded clusters and kill -9s them (initdb creates the system postgres user when run as root)",
  "tests/integration/front-outage.test.ts":
    "starts and stops a PostgreSQL cluster of its own under the nginx front and two app servers (initdb creates the system postgres user when run as root)",
  "tests/integration/user-cli.test.ts":
    "`npm run user` starts and stops embedded clusters of its own (initdb creates the system postgres user when run as root)",
};

/** Every file kept out of the pool, with its reason. */
export const SERIAL: Record<string, string> = { ...ALONE, ...ONE_AT_A_TIME };
