package matterc.engines;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** What must hold of a finished run in one situation, against the compiler's expectations. */
public final class Checks {
  private Checks() {}

  /** Problems found; empty when the run is what the compiler said. */
  public static List<String> of(CaseRun run, Manifest.Case c) {
    List<String> problems = new ArrayList<>();
    if (!run.ended) problems.add("the case did not end; waiting after " + run.order);
    TreeSet<String> want = new TreeSet<>(c.releasedBy().keySet());
    TreeSet<String> ran = new TreeSet<>(run.completed.keySet());
    if (!ran.equals(want)) {
      TreeSet<String> extra = new TreeSet<>(ran);
      extra.removeAll(want);
      TreeSet<String> missing = new TreeSet<>(want);
      missing.removeAll(ran);
      problems.add("tasks ran " + ran + "; not expected " + extra + ", missing " + missing);
      return problems;
    }
    // Each task appears exactly when the last task releasing it is completed: not before (the
    // 前置 order) and not later (no wait the compiler did not ask for).
    // A task that runs again (统一受理 after 补正) counts its completion last before the appearance.
    for (Map.Entry<String, List<String>> e : c.releasedBy().entrySet()) {
      if (e.getValue().isEmpty()) continue;
      int at = run.appeared.get(e.getKey());
      int last = e.getValue().stream().mapToInt(p -> run.completions.get(p).stream().filter(s -> s < at).mapToInt(Integer::intValue).max().orElse(Integer.MIN_VALUE)).max().getAsInt();
      if (at != last + 1) {
        problems.add(e.getKey() + " appeared at step " + at + ", expected right after " + e.getValue() + " (step " + last + "); order " + run.order);
      }
    }
    // Each task completes once, except those the case expects again (统一受理 after 补正).
    for (String task : want) {
      int times = c.times() == null ? 1 : c.times().getOrDefault(task, 1);
      int done = run.completions.get(task).size();
      if (done != times) problems.add(task + " completed " + done + " times, expected " + times + "; order " + run.order);
    }
    return problems;
  }
}
