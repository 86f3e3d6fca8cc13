package matterc.engines;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * What the compiler expects, written by test/engines/manifest.ts from the model (the compiler stays
 * the oracle): per matter, the process files per flavour and, per situation, the start variables
 * and the user tasks that must run, each with the tasks whose completion releases it. `calendar` is
 * the holiday calendar the engines register (processes built with --calendar count days by it).
 */
public record Manifest(String now, String calendar, List<String> engines, List<Process> processes) {
  /** One matter: its process key, its process.bpmn per flavour, its situations and timers. */
  public record Process(String name, String key, Map<String, String> files, List<Case> cases, TimerRun timerRun, List<Termination> terminations, List<Stop> stops, List<Lapse> lapses) {}

  /**
   * One situation. `releasedBy`: every user task that must run, mapped to the tasks whose last
   * completion makes it appear (the applying 前置, transitively through skipped ones; 统一受理 for
   * the first ones; everything before 统一出件 for it). No other user task may run. `situations`: how
   * many of the compiler's situations this run stands for (they decide every gateway alike).
   * `decisions`: per task, the staff decision recorded with its 1st, 2nd… completion (set as the
   * variable named after the task); `times`: tasks completed more than once (统一受理 after 补正).
   */
  public record Case(String label, Map<String, Object> variables, Map<String, List<String>> releasedBy, int situations, Map<String, List<Map<String, Object>>> decisions, Map<String, Integer> times) {}

  /** A run in one situation where every timer met is checked and the 督办 ones are fired. */
  public record TimerRun(int caseIndex, List<TimerSpec> timers) {}

  /** A boundary timer: its host task, when it must fall due, and the 督办 task it raises (if any). */
  public record TimerSpec(String id, String host, String due, String urge) {}

  /** 补交材料 not done in time: firing the timer ends the case (terminate end event `end`) at once. */
  public record Termination(int caseIndex, String supplyTask, TimerSpec timer, String end, String issue) {}

  /** A sub-item refused with 终止办理: completing `task` with its decision ends the case at once. */
  public record Stop(Case run, String task, String issue) {}

  /** 补正 asked for and not done: the correction deadline fires and the case ends, never issued. */
  public record Lapse(Case run, String task, TimerSpec timer, String issue) {}

  public static Manifest read(File file) throws IOException {
    return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true).readValue(file, Manifest.class);
  }
}
