package matterc.engines;

import java.util.ArrayList;
import java.util.List;

/**
 * The ways a case ends early: a sub-item refused with 终止办理 (the case ends as soon as its refusal
 * is recorded, other tasks waiting or not, and nothing is issued), and 补正 asked for and not done
 * within the correction deadline (the timer falls due when the compiler says and the case ends).
 */
public final class Paths {
  private Paths() {}

  public static List<String> stop(Engine engine, String key, Manifest.Stop st) {
    List<String> problems = new ArrayList<>();
    CaseRun run = new CaseRun(engine, key, st.run());
    for (int i = 0; i < 200 && !run.completed.containsKey(st.task()); i++) {
      List<Engine.Task> tasks = run.look();
      if (tasks.isEmpty()) break;
      run.complete(tasks.get(0));
    }
    if (!run.completed.containsKey(st.task())) return List.of(st.task() + " never ran; order " + run.order);
    if (!engine.ended(run.instanceId)) problems.add("the case goes on after " + st.task() + " was refused; waiting " + run.look().stream().map(Engine.Task::elementId).toList());
    if (run.appeared.containsKey(st.issue())) problems.add("issued although refused");
    return problems;
  }

  public static List<String> lapse(Engine engine, String key, Manifest.Lapse l) {
    List<String> problems = new ArrayList<>();
    CaseRun run = new CaseRun(engine, key, l.run());
    for (int i = 0; i < 20 && !run.appeared.containsKey(l.task()); i++) {
      List<Engine.Task> tasks = run.look();
      if (tasks.isEmpty() || run.appeared.containsKey(l.task())) break;
      run.complete(tasks.get(0));
    }
    run.look();
    if (!run.appeared.containsKey(l.task())) return List.of(l.task() + " never appeared; order " + run.order);
    Engine.Timer timer = engine.timers(run.instanceId).stream().filter(x -> x.elementId().equals(l.timer().id())).findFirst().orElse(null);
    if (timer == null) return List.of("no timer " + l.timer().id() + " on " + l.task());
    if (!timer.due().equals(Timers.date(l.timer().due()))) problems.add(l.timer().id() + " falls due " + timer.due().toInstant() + ", expected " + Timers.date(l.timer().due()).toInstant());
    engine.fire(timer.jobId());
    if (!engine.ended(run.instanceId)) problems.add("the case goes on after " + l.timer().id() + " fired; waiting " + run.look().stream().map(Engine.Task::elementId).toList());
    if (run.appeared.containsKey(l.issue())) problems.add("issued although the corrections never came");
    return problems;
  }
}
