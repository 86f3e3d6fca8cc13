package matterc.engines;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every process of the manifest in every engine it names, in this one JVM: deploys each
 * flavour, runs every situation, the 督办 timers and the 补交 deadlines, the 补正 loop and its
 * deadline, 不予受理 and each sub-item's refusal, and prints one line per
 * problem and a closing "N passed, N failed". Exit status 1 when anything failed.
 *
 * Usage: java matterc.engines.Main manifest.json
 */
public final class Main {
  private static int passed;
  private static int failed;

  private static void report(String engine, String process, String what, List<String> problems) {
    if (problems.isEmpty()) {
      passed++;
      return;
    }
    failed++;
    for (String p : problems) System.out.println("FAIL " + engine + " | " + process + " | " + what + " | " + p);
  }

  private static Engine open(String name, java.util.Date now, File calendar) throws java.io.IOException {
    return switch (name) {
      case "flowable" -> new FlowableEngine(now, calendar);
      case "camunda7" -> new Camunda7Engine(now, calendar);
      case "operaton" -> new OperatonEngine(now, calendar);
      default -> throw new IllegalArgumentException("unknown engine " + name);
    };
  }

  /** The flavour of process.bpmn each engine runs: Operaton is Camunda 7's fork. */
  private static String flavour(String engine) {
    return engine.equals("operaton") ? "camunda7" : engine;
  }

  public static void main(String[] args) throws Exception {
    Manifest m = Manifest.read(new File(args[0]));
    for (String name : m.engines()) {
      long t0 = System.nanoTime();
      long cpu0 = cpuNanos();
      int cases = 0;
      try (Engine engine = open(name, Timers.date(m.now()), new File(m.calendar()))) {
        for (Manifest.Process p : m.processes()) {
          String xml = Files.readString(new File(p.files().get(flavour(name))).toPath(), StandardCharsets.UTF_8);
          List<String> warnings;
          try {
            warnings = engine.deploy(p.key() + ".bpmn", xml);
          } catch (RuntimeException e) {
            report(engine.name(), p.name(), "deploy", List.of(e.toString()));
            continue;
          }
          report(engine.name(), p.name(), "deploy", warnings);
          for (Manifest.Case c : p.cases()) {
            cases++;
            report(engine.name(), p.name(), c.label(), safely(() -> Checks.of(new CaseRun(engine, p.key(), c).finish(), c)));
          }
          if (p.timerRun() != null) {
            Manifest.Case c = p.cases().get(p.timerRun().caseIndex());
            report(engine.name(), p.name(), "督办 in " + c.label(), safely(() -> Timers.escalations(engine, p.key(), c, p.timerRun().timers())));
          }
          for (Manifest.Stop st : p.stops()) {
            report(engine.name(), p.name(), "不予许可 " + st.task() + " (终止办理) in " + st.run().label(), safely(() -> Paths.stop(engine, p.key(), st)));
          }
          for (Manifest.Lapse l : p.lapses()) {
            report(engine.name(), p.name(), "逾期未补正 in " + l.run().label(), safely(() -> Paths.lapse(engine, p.key(), l)));
          }
          for (Manifest.Termination t : p.terminations()) {
            Manifest.Case c = p.cases().get(t.caseIndex());
            report(engine.name(), p.name(), "补交逾期 " + t.supplyTask() + " in " + c.label(), safely(() -> Timers.termination(engine, p.key(), c, t)));
          }
        }
      }
      System.out.printf("%s: %d processes, %d situations in %.1f s (%.1f s of CPU)%n", name, m.processes().size(), cases, (System.nanoTime() - t0) / 1e9, (cpuNanos() - cpu0) / 1e9);
    }
    System.out.println("engines: " + passed + " passed, " + failed + " failed");
    System.exit(failed == 0 ? 0 : 1);
  }

  /** CPU time of the whole JVM: the figure that matters on a shared two-core machine. */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private interface Check {
    List<String> run() throws Exception;
  }

  /** An engine exception is a failure of that check, reported with the others. */
  private static List<String> safely(Check check) {
    try {
      return check.run();
    } catch (Exception e) {
      List<String> out = new ArrayList<>();
      out.add(e.toString());
      return out;
    }
  }
}
