package matterc.proactive;

import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * What the 免申办 / 跨域办 runs ask of an engine, through its public services on in-memory H2, with
 * its clock standing still and no executor: timers and the notice's worker jobs run only when the
 * harness runs them. History is kept at activity level, to tell which end event a case reached.
 */
public interface Eng extends AutoCloseable {
  record Task(String id, String elementId) {}

  record Job(String id, String elementId, Date due) {}

  String name();

  /** Deploys the resources together (process.bpmn and eligibility.dmn); returns parse warnings. */
  List<String> deploy(Map<String, String> resources);

  String startByMessage(String message, Map<String, Object> variables);

  String startByKey(String key, Map<String, Object> variables);

  /** The timer jobs of a process definition's timer start event (no instance yet). */
  List<Job> startTimers(String key);

  /** Runs a timer start job; returns the instances of `key` it started (from history: such an
   * instance may have ended already). */
  List<String> fireStartTimer(String jobId, String key);

  List<Task> tasks(String instanceId);

  /** A staff or person decision as the flavour reads it (a Map under the task id; Flowable: flat). */
  Map<String, Object> decision(String taskElementId, Map<String, Object> decision);

  void complete(String taskId, Map<String, Object> variables);

  List<Job> timers(String instanceId);

  void fire(String jobId);

  /** Fetches and completes the instance's jobs for the worker topic; returns their element ids. */
  default List<String> work(String instanceId, String topic) {
    return work(instanceId, topic, variables -> Map.of());
  }

  /** The same, completing each job with the variables `worker` gives for the job's variables
   * (those its execution sees, a multi-instance element among them). */
  List<String> work(String instanceId, String topic, java.util.function.Function<Map<String, Object>, Map<String, Object>> worker);

  boolean ended(String instanceId);

  /** The end events the instance reached (history). */
  List<String> endsReached(String instanceId);

  /** A process variable of a running instance (the decision's result), or null. */
  Object variable(String instanceId, String name);
}
