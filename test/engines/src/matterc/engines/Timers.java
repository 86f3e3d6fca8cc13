package matterc.engines;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The time limits, through the engine's own timer jobs: each timer falls due when the compiler
 * says (the engine's clock stands still at "now"), a 督办 timer fired through the engine's job
 * execution raises the lead department's 督办 task while its host goes on, and a missed 补交材料
 * deadline ends the whole case at 终止办理.
 */
public final class Timers {
  private Timers() {}

  static Date date(String iso) {
    return Date.from(OffsetDateTime.parse(iso).toInstant());
  }

  private static String checkDue(Engine.Timer t, Manifest.TimerSpec spec) {
    Date want = date(spec.due());
    return t.due().equals(want) ? null : spec.id() + " falls due " + t.due().toInstant() + ", expected " + want.toInstant();
  }

  /** Runs the timer case, firing every 督办 timer as soon as it is set. */
  public static List<String> escalations(Engine engine, String key, Manifest.Case c, List<Manifest.TimerSpec> specs) {
    Map<String, Manifest.TimerSpec> byId = specs.stream().collect(Collectors.toMap(Manifest.TimerSpec::id, Function.identity()));
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Set<String> fired = new HashSet<>();
    CaseRun[] holder = new CaseRun[1];
    holder[0] = new CaseRun(engine, key, c.variables());
    CaseRun run = holder[0];
    run.finish(() -> {
      for (Engine.Timer t : engine.timers(run.instanceId)) {
        Manifest.TimerSpec spec = byId.get(t.elementId());
        if (spec == null) {
          problems.add("a timer the compiler did not expect: " + t.elementId());
          continue;
        }
        if (seen.add(t.elementId())) {
          String wrong = checkDue(t, spec);
          if (wrong != null) problems.add(wrong);
        }
        if (spec.urge() == null || fired.contains(t.elementId())) continue;
        engine.fire(t.jobId());
        fired.add(t.elementId());
        List<String> waiting = run.look().stream().map(Engine.Task::elementId).toList();
        if (!waiting.contains(spec.host())) problems.add(spec.id() + " fired: " + spec.host() + " should go on, waiting " + waiting);
        if (!waiting.contains(spec.urge())) problems.add(spec.id() + " fired: no 督办 task " + spec.urge() + ", waiting " + waiting);
      }
    });
    if (!run.ended) problems.add("the case with 督办 did not end; order " + run.order);
    Set<String> all = specs.stream().map(Manifest.TimerSpec::id).collect(Collectors.toSet());
    if (!seen.equals(all)) problems.add("timers set " + seen + ", expected " + all);
    Set<String> urges = specs.stream().filter(s -> s.urge() != null).map(Manifest.TimerSpec::urge).collect(Collectors.toSet());
    Set<String> urged = new HashSet<>(run.completed.keySet());
    urged.retainAll(urges);
    if (!urged.equals(urges)) problems.add("督办 tasks done " + urged + ", expected " + urges);
    return problems;
  }

  /** 补交材料 not done: the deadline fires and the case ends at 终止办理, never issued. */
  public static List<String> termination(Engine engine, String key, Manifest.Case c, Manifest.Termination t) {
    List<String> problems = new ArrayList<>();
    CaseRun run = new CaseRun(engine, key, c.variables());
    for (int i = 0; i < 100 && !run.appeared.containsKey(t.supplyTask()); i++) {
      List<Engine.Task> tasks = run.look();
      if (tasks.isEmpty() || run.appeared.containsKey(t.supplyTask())) break;
      run.complete(tasks.get(0));
    }
    run.look();
    if (!run.appeared.containsKey(t.supplyTask())) return List.of(t.supplyTask() + " never appeared; order " + run.order);
    Engine.Timer timer = engine.timers(run.instanceId).stream().filter(x -> x.elementId().equals(t.timer().id())).findFirst().orElse(null);
    if (timer == null) return List.of("no timer " + t.timer().id() + " on " + t.supplyTask());
    String wrong = checkDue(timer, t.timer());
    if (wrong != null) problems.add(wrong);
    // Other tasks wait beside 补交材料: only a terminate end event (t.end) ends the case with them.
    List<String> others = run.look().stream().map(Engine.Task::elementId).filter(id -> !id.equals(t.supplyTask())).toList();
    if (others.isEmpty()) problems.add("nothing waits beside " + t.supplyTask() + ": this run cannot tell " + t.end() + " from a plain end");
    engine.fire(timer.jobId());
    if (!engine.ended(run.instanceId)) problems.add("the case goes on after " + t.timer().id() + " fired; waiting " + run.look());
    if (run.appeared.containsKey(t.issue())) problems.add("issued although terminated");
    return problems;
  }
}
