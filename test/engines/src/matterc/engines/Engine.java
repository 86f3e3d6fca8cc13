package matterc.engines;

import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * What the harness asks of a BPMN engine: the same few calls in Flowable, Camunda 7 and Operaton,
 * each made through the engine's own public services on an in-memory H2 database. The engine's
 * clock stands still at the manifest's "now"; timers fire only when the harness fires them. History
 * is off: the checks look at the running instance only, and a run costs a third less.
 */
public interface Engine extends AutoCloseable {
  /** A user task waiting now: its id and its BPMN element id. */
  record Task(String id, String elementId) {}

  /** A timer waiting now: its job id, the boundary event it belongs to, and when it is due. */
  record Timer(String jobId, String elementId, Date due) {}

  String name();

  /** Deploys one process.bpmn; returns the parser's warnings (deployment errors are thrown). */
  List<String> deploy(String resourceName, String xml);

  /** Starts the latest deployed process with this key; returns the instance id. */
  String start(String processKey, Map<String, Object> variables);

  /** User tasks of the instance, in a fixed order (by element id). */
  List<Task> tasks(String instanceId);

  void complete(String taskId);

  /** Completes the task with process variables (a staff decision). */
  void complete(String taskId, Map<String, Object> variables);

  /** A staff decision as the engine's flavour reads it: a java.util.Map under the task's id (Camunda
   * 7, Operaton); Flowable overrides this with its forms' flat variables `<task id>_<key>`. */
  default Map<String, Object> decision(String taskElementId, Map<String, Object> decision) {
    Map<String, Object> out = new java.util.HashMap<>();
    out.put(taskElementId, new java.util.HashMap<>(decision));
    return out;
  }

  List<Timer> timers(String instanceId);

  /** Fires the timer now, through the engine's own job execution. */
  void fire(String jobId);

  boolean ended(String instanceId);
}
