import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { TASKS } from "./add";
import { cronItems, CRONTAB } from "./crontab";
import { taskList } from "./tasks";

describe("the job queue's tasks and timetable", () => {
  it("implements every task name a job can be queued under, and no other", () => {
    assert.deepEqual(Object.keys(taskList).sort(), [...TASKS].sort());
  });

  it("runs only tasks that exist, each housekeeping task exactly once in the crontab", () => {
    const names = cronItems().map((item) => item.task);
    for (const name of names) assert.ok(name in taskList, `crontab names "${name}", which no task implements`);
    assert.deepEqual([...names].sort(), [
      "media_sweep",
      "queue_recover",
      "sessions_prune",
      "stories_due",
      "view_readers_prune",
    ]);
    assert.equal(new Set(names).size, names.length);
  });

  it("sweeps media every five minutes and recovers dead workers' jobs every minute", () => {
    const line = (task: string) => CRONTAB.split("\n").find((l) => l.split(" ")[5] === task);
    assert.match(line("media_sweep")!, /^\*\/5 \* \* \* \* /);
    assert.match(line("queue_recover")!, /^\* \* \* \* \* /);
    assert.match(line("stories_due")!, /^\* \* \* \* \* /);
  });
});
