package matterc.proactive;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the 免申办 and 跨域办 processes of the manifest (test/engines/proactive.ts) in every engine it
 * names: deploys process.bpmn with eligibility.dmn in one deployment, starts each run by its message
 * or by key, or (a periodic run) fires the timer start through the engine's job execution, completes
 * 定期比对's worker job with the run's list of matches as the platform's matching worker would, and
 * for each 逐一启动办理 job starts one case by the matter's message with the job's element (checking
 * each case as a run of its own), completes the user tasks
 * with the recorded decisions (firing a boundary timer instead where the run says so), completes the
 * notice's worker jobs, and checks the tasks that ran, the end events reached and the notices sent.
 * Prints one line per problem and a closing "proactive: N passed, N failed"; exit status 1 on failure.
 *
 * Usage: java matterc.proactive.Main manifest.json
 */
public final class Main {
  public record Manifest(String now, List<String> engines, String topic, String matchTopic, String startTopic, List<Proc> processes) {}

  public record Proc(String name, String key, Map<String, String> files, Map<String, String> dmn, List<Run> runs) {}

  /** `start`: message, periodic or key. `fireOn`: when this task waits, fire that boundary timer. */
  public record Run(String label, String start, String message, Map<String, Object> variables, Map<String, Map<String, Object>> decisions, Map<String, String> fireOn, List<String> tasks, List<String> ends, List<String> notices, Periodic periodic) {}

  /** A periodic run: the list variable 定期比对 completes with, the element variable of 逐一启动办理,
   * the matches, and the expected case of each match (in the list's order). */
  public record Periodic(String list, String element, List<Map<String, Object>> candidates, List<Run> each) {}

  private static int passed;
  private static int failed;

  private static Eng open(String name, Date now) throws Exception {
    return switch (name) {
      case "flowable" -> new FlowableEng(now);
      case "camunda7" -> new Camunda7Eng(now);
      // Made by the test from Camunda7Eng with Operaton's packages.
      case "operaton" -> (Eng) Class.forName("matterc.proactive.OperatonEng").getConstructor(Date.class).newInstance(now);
      default -> throw new IllegalArgumentException("unknown engine " + name);
    };
  }

  public static void main(String[] args) throws Exception {
    Manifest m = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true).readValue(new File(args[0]), Manifest.class);
    Date now = Date.from(java.time.OffsetDateTime.parse(m.now()).toInstant());
    for (String name : m.engines()) {
      try (Eng eng = open(name, now)) {
        for (Proc p : m.processes()) {
          Map<String, String> resources = new LinkedHashMap<>();
          String flavour = name.equals("operaton") ? "camunda7" : name;
          resources.put(p.key() + ".bpmn", Files.readString(new File(p.files().get(flavour)).toPath(), StandardCharsets.UTF_8));
          if (p.dmn() != null) resources.put(p.key() + ".dmn", Files.readString(new File(p.dmn().get(flavour)).toPath(), StandardCharsets.UTF_8));
          List<String> warnings;
          try {
            warnings = eng.deploy(resources);
          } catch (RuntimeException e) {
            report(eng.name(), p.name(), "deploy", List.of(e.toString()));
            continue;
          }
          report(eng.name(), p.name(), "deploy", warnings);
          for (Run r : p.runs()) report(eng.name(), p.name(), r.label(), safely(() -> run(eng, p, r, m)));
        }
      }
    }
    System.out.println("proactive: " + passed + " passed, " + failed + " failed");
    System.exit(failed == 0 ? 0 : 1);
  }

  private static List<String> run(Eng eng, Proc p, Run r, Manifest m) {
    String id;
    switch (r.start()) {
      case "message" -> id = eng.startByMessage(r.message(), r.variables());
      case "key" -> id = eng.startByKey(p.key(), r.variables());
      case "periodic" -> {
        return periodic(eng, p, r, m);
      }
      default -> throw new IllegalArgumentException(r.start());
    }
    return drive(eng, id, r, m.topic(), new ArrayList<>());
  }

  /** The periodic run: timer → 定期比对 (completed with the matches) → one case per 逐一启动办理 job. */
  @SuppressWarnings("unchecked")
  private static List<String> periodic(Eng eng, Proc p, Run r, Manifest m) {
    List<String> problems = new ArrayList<>();
    Periodic run = r.periodic();
    List<Eng.Job> timers = eng.startTimers(p.key());
    if (timers.size() != 1) return List.of("expected one timer start job, found " + timers);
    List<String> fresh = eng.fireStartTimer(timers.get(0).id(), p.key());
    if (fresh.size() != 1) return List.of("the timer started " + fresh.size() + " instances");
    String id = fresh.get(0);
    if (eng.startTimers(p.key()).size() != 1) problems.add("the cycle's next timer is not waiting");
    // The platform's matching worker: the list of matches, as process variable `list`.
    List<String> matched = eng.work(id, m.matchTopic(), vars -> {
      if (vars.containsKey(run.list())) problems.add("the list is set before 定期比对 ran");
      Map<String, Object> out = new java.util.HashMap<>();
      out.put(run.list(), new ArrayList<>(run.candidates()));
      return out;
    });
    if (matched.size() != 1) problems.add("定期比对 jobs done: " + matched);
    // The platform's start worker: each job's element starts one case by the matter's message.
    List<String> cases = new ArrayList<>();
    List<Object> elements = new ArrayList<>();
    List<String> dispatched = eng.work(id, m.startTopic(), vars -> {
      Object element = vars.get(run.element());
      elements.add(element);
      cases.add(element instanceof Map ? eng.startByMessage(r.message(), (Map<String, Object>) element) : null);
      return Map.of();
    });
    if (dispatched.size() != run.candidates().size()) problems.add("逐一启动办理 jobs done: " + dispatched + " for " + run.candidates().size() + " matches");
    if (!eng.ended(id)) problems.add("the periodic run has not ended");
    List<String> ends = eng.endsReached(id);
    if (!new HashSet<>(ends).equals(new HashSet<>(r.ends()))) problems.add("the periodic run reached " + ends + ", expected " + r.ends());
    // Each case against the expectations of its match (the instances may start in any order).
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < cases.size(); i++) {
      int n = run.candidates().indexOf(elements.get(i));
      if (n < 0 || cases.get(i) == null) {
        problems.add("an element that is no match: " + elements.get(i));
        continue;
      }
      if (!seen.add(n)) problems.add("match " + n + " started twice");
      for (String problem : drive(eng, cases.get(i), run.each().get(n), m.topic(), new ArrayList<>())) problems.add("match " + n + ": " + problem);
    }
    if (seen.size() != run.candidates().size()) problems.add("cases started for matches " + seen + " of " + run.candidates().size());
    return problems;
  }

  /** Completes the instance's user tasks and notices as the run says, and checks what happened. */
  private static List<String> drive(Eng eng, String id, Run r, String topic, List<String> problems) {
    List<String> completed = new ArrayList<>();
    List<String> notices = new ArrayList<>();
    Set<String> fired = new HashSet<>();
    for (int step = 0; step < 200; step++) {
      notices.addAll(eng.work(id, topic));
      List<Eng.Task> tasks = eng.tasks(id);
      if (tasks.isEmpty()) break;
      Eng.Task t = tasks.get(0);
      String timer = r.fireOn() == null ? null : r.fireOn().get(t.elementId());
      if (timer != null && !fired.contains(timer)) {
        Eng.Job job = eng.timers(id).stream().filter(j -> j.elementId().equals(timer)).findFirst().orElse(null);
        if (job == null) return List.of("no timer " + timer + " on " + t.elementId());
        eng.fire(job.id());
        fired.add(timer);
        continue;
      }
      Map<String, Object> decision = r.decisions() == null ? null : r.decisions().get(t.elementId());
      eng.complete(t.id(), decision == null ? Map.of() : eng.decision(t.elementId(), decision));
      completed.add(t.elementId());
    }
    if (!eng.ended(id)) problems.add("the instance has not ended; waiting: " + eng.tasks(id));
    List<String> want = new ArrayList<>(r.tasks());
    List<String> got = new ArrayList<>(completed);
    java.util.Collections.sort(want);
    java.util.Collections.sort(got);
    if (!want.equals(got)) problems.add("tasks ran " + completed + ", expected " + r.tasks());
    List<String> ends = eng.endsReached(id);
    if (!new HashSet<>(ends).equals(new HashSet<>(r.ends()))) problems.add("end events reached " + ends + ", expected " + r.ends());
    if (!notices.equals(r.notices())) problems.add("notices sent " + notices + ", expected " + r.notices());
    return problems;
  }

  private static void report(String engine, String process, String what, List<String> problems) {
    if (problems.isEmpty()) {
      passed++;
      return;
    }
    failed++;
    for (String p : problems) System.out.println("FAIL " + engine + " | " + process + " | " + what + " | " + p);
  }

  private interface Check {
    List<String> run() throws Exception;
  }

  private static List<String> safely(Check check) {
    try {
      return check.run();
    } catch (Exception e) {
      return List.of(e.toString());
    }
  }
}
