package matterc.engines;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One process instance driven to its end: at each step the first waiting user task (by element id)
 * is completed. Records the step at which each task appeared and was completed, so the checks can
 * tell what released what.
 */
public final class CaseRun {
  /** A case has a few dozen tasks at most; more steps than this is a loop. */
  private static final int MAX_STEPS = 500;

  public final Map<String, Integer> appeared = new LinkedHashMap<>();
  public final Map<String, Integer> completed = new LinkedHashMap<>();
  /** Every completion step of each task (a task may run again after 补正). */
  public final Map<String, List<Integer>> completions = new LinkedHashMap<>();
  public final List<String> order = new ArrayList<>();
  public final String instanceId;
  public boolean ended;

  private final Engine engine;
  private final Map<String, List<Map<String, Object>>> decisions;
  private int step;

  public CaseRun(Engine engine, String key, Map<String, Object> variables) {
    this(engine, key, variables, Map.of());
  }

  /** `decisions`: per task, the decision recorded with its 1st, 2nd… completion. */
  public CaseRun(Engine engine, String key, Map<String, Object> variables, Map<String, List<Map<String, Object>>> decisions) {
    this.engine = engine;
    this.decisions = decisions == null ? Map.of() : decisions;
    this.instanceId = engine.start(key, variables);
    look();
  }

  public CaseRun(Engine engine, String key, Manifest.Case c) {
    this(engine, key, c.variables(), c.decisions());
  }

  /** Notes the tasks that appeared since the last step. */
  public List<Engine.Task> look() {
    List<Engine.Task> tasks = engine.tasks(instanceId);
    for (Engine.Task t : tasks) appeared.putIfAbsent(t.elementId(), step);
    return tasks;
  }

  /** Completes one task and moves on a step (call look() before the next step). */
  public void complete(Engine.Task t) {
    List<Map<String, Object>> mine = decisions.get(t.elementId());
    int nth = completions.getOrDefault(t.elementId(), List.of()).size();
    if (mine != null && nth < mine.size()) {
      engine.complete(t.id(), engine.decision(t.elementId(), mine.get(nth)));
    } else {
      engine.complete(t.id());
    }
    completed.put(t.elementId(), step);
    completions.computeIfAbsent(t.elementId(), k -> new ArrayList<>()).add(step);
    order.add(t.elementId());
    step++;
  }

  /** Completes the first waiting task until none waits; `beforeEach` may act on the engine first. */
  public CaseRun finish(Runnable beforeEach) {
    for (int i = 0; i < MAX_STEPS; i++) {
      beforeEach.run();
      List<Engine.Task> tasks = look();
      if (tasks.isEmpty()) break;
      complete(tasks.get(0));
    }
    ended = engine.ended(instanceId);
    return this;
  }

  public CaseRun finish() {
    return finish(() -> {});
  }
}
