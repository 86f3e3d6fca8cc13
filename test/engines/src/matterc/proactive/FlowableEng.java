package matterc.proactive;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import matterc.engines.FlowableEngine;
import org.flowable.engine.ProcessEngine;
import org.flowable.job.api.AcquiredExternalWorkerJob;

/**
 * The 免申办 / 跨域办 runs in Flowable with its DMN engine: the engine set up once for every engine
 * test (matterc.engines.FlowableEngine, here with the DMN engine configurator and activity
 * history); the async executor is off, so timers and the jobs an external worker's completion
 * leaves run only here.
 */
public final class FlowableEng implements Eng {
  private static final String WORKER = "matterc-platform";
  private final FlowableEngine setup;
  private final ProcessEngine engine;

  public FlowableEng(Date now) throws java.io.IOException {
    setup = new FlowableEngine(now, null, true);
    engine = setup.processEngine();
  }

  @Override public String name() { return "Flowable"; }

  @Override public List<String> deploy(Map<String, String> resources) { return setup.deploy(resources); }

  @Override public String startByMessage(String message, Map<String, Object> variables) {
    return engine.getRuntimeService().startProcessInstanceByMessage(message, variables).getId();
  }

  @Override public String startByKey(String key, Map<String, Object> variables) {
    return engine.getRuntimeService().startProcessInstanceByKey(key, variables).getId();
  }

  @Override public List<Job> startTimers(String key) {
    String def = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getId();
    return engine.getManagementService().createTimerJobQuery().processDefinitionId(def).list().stream()
        .filter(j -> j.getProcessInstanceId() == null)
        .map(j -> new Job(j.getId(), j.getElementId(), j.getDuedate())).toList();
  }

  @Override public List<String> fireStartTimer(String jobId, String key) {
    java.util.Set<String> before = new java.util.HashSet<>(started(key));
    fire(jobId);
    List<String> after = new ArrayList<>(started(key));
    after.removeAll(before);
    return after;
  }

  private List<String> started(String key) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(key).list().stream().map(h -> h.getId()).toList();
  }

  @Override public List<Task> tasks(String instanceId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instanceId).orderByTaskDefinitionKey().asc().list().stream()
        .map(t -> new Task(t.getId(), t.getTaskDefinitionKey())).toList();
  }

  /** Flowable's forms store a decision as flat variables `<task id>_<key>` (targets/flowable). */
  @Override public Map<String, Object> decision(String taskElementId, Map<String, Object> decision) {
    Map<String, Object> out = new HashMap<>();
    decision.forEach((k, v) -> out.put(taskElementId + "_" + k, v));
    return out;
  }

  @Override public void complete(String taskId, Map<String, Object> variables) { engine.getTaskService().complete(taskId, variables); }

  @Override public List<Job> timers(String instanceId) {
    return engine.getManagementService().createTimerJobQuery().processInstanceId(instanceId).list().stream()
        .map(j -> new Job(j.getId(), j.getElementId(), j.getDuedate())).toList();
  }

  @Override public void fire(String jobId) {
    var job = engine.getManagementService().moveTimerToExecutableJob(jobId);
    engine.getManagementService().executeJob(job.getId());
  }

  @Override public List<String> work(String instanceId, String topic, java.util.function.Function<Map<String, Object>, Map<String, Object>> worker) {
    var management = engine.getManagementService();
    List<String> done = new ArrayList<>();
    for (AcquiredExternalWorkerJob j : management.createExternalWorkerJobAcquireBuilder().topic(topic, Duration.ofMinutes(5)).acquireAndLock(100, WORKER)) {
      if (!instanceId.equals(j.getProcessInstanceId())) {
        management.unacquireExternalWorkerJob(j.getId(), WORKER);
        continue;
      }
      management.createExternalWorkerCompletionBuilder(j.getId(), WORKER).variables(worker.apply(j.getVariables())).complete();
      done.add(j.getElementId());
    }
    // The completion continues the process in a job of its own: run it, as the async executor would.
    for (var j : management.createJobQuery().processInstanceId(instanceId).list()) management.executeJob(j.getId());
    return done;
  }

  @Override public boolean ended(String instanceId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId).count() == 0;
  }

  @Override public List<String> endsReached(String instanceId) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instanceId).list().stream()
        .filter(a -> a.getActivityType() != null && a.getActivityType().toLowerCase().endsWith("endevent"))
        .map(a -> a.getActivityId()).sorted().toList();
  }

  @Override public Object variable(String instanceId, String name) {
    return engine.getRuntimeService().getVariable(instanceId, name);
  }

  @Override public void close() { setup.close(); }
}
