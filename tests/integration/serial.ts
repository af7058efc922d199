// The integration files that run alone, after the others (scripts/test-integration.ts), and why.
// Every other file gets its own databases from the run's one server, free ports and temp dirs,
// and its own process, so it can run beside any other. A file belongs here when it holds
// something the machine has only one of, or promises a time that a busy neighbour would break.
export const SERIAL: Record<string, string> = {
  "tests/integration/cluster.test.ts":
    "two app servers and a browser, Redis stopped and started under them, and changes promised on the other server within 2 s",
  "tests/integration/embedded.test.ts":
    "starts its own embedded clusters and kill -9s them (initdb creates the system postgres user when run as root)",
  "tests/integration/user-cli.test.ts":
    "`npm run user` starts and stops embedded clusters of its own (initdb creates the system postgres user when run as root)",
};
