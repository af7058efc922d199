// Next.js on its own, with none of scripts/serve.ts's steps: what the production build answers
// before the server rewrites anything. Run as a child process by tests that compare the two
// (`node --import tsx tests/integration/raw-next.ts`, PORT and DATABASE_URL set).
import "@/scripts/lib/load-env";
import http from "node:http";
import path from "node:path";
import { parse } from "node:url";
import next from "next";

const port = Number(process.env.PORT);
const app = next({ dev: false, dir: path.resolve(import.meta.dirname, "..", ".."), port });
await app.prepare();
const handle = app.getRequestHandler();
http
  .createServer((req, res) => void handle(req, res, parse(req.url ?? "/", true)))
  .listen(port, "127.0.0.1", () => console.log(`raw Next listening on ${port}`));
process.on("SIGTERM", () => void app.close().then(() => process.exit(0)));
