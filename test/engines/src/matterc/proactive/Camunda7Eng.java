package matterc.proactive;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import matterc.engines.Camunda7Engine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;

/**
 * The 免申办 / 跨域办 runs in Camunda 7 with its DMN engine: the engine set up once for every engine
 * test (matterc.engines.Camunda7Engine, here with DMN and activity history). Java serialization is
 * on: the application's nested data reach the engine as java.util.Map and lists as java.util.List.
 * (OperatonEng is this file with Operaton's packages, made by the test.)
 */
public final class Camunda7Eng implements Eng {
  private static final String WORKER = "matterc-platform";
  private final Camunda7Engine setup;
  private final ProcessEngine engine;

  public Camunda7Eng(Date now) throws java.io.IOException {
    setup = new Camunda7Engine(now, null, true);
    engine = setup.processEngine();
  }

  @Override public String name() { return "Camunda 7"; }

  @Override public List<String> deploy(Map<String, String> resources) { return setup.deploy(resources); }

  @Override public String startByMessage(String message, Map<String, Object> variables) {
    return engine.getRuntimeService().startProcessInstanceByMessage(message, variables).getId();
  }

  @Override public String startByKey(String key, Map<String, Object> variables) {
    return engine.getRuntimeService().startProcessInstanceByKey(key, variables).getId();
  }

  @Override public List<Job> startTimers(String key) {
    var management = engine.getManagementService();
    String def = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getId();
    return management.createJobQuery().processDefinitionId(def).timers().list().stream()
        .filter(j -> j.getProcessInstanceId() == null)
        .map(j -> new Job(j.getId(), management.createJobDefinitionQuery().jobDefinitionId(j.getJobDefinitionId()).singleResult().getActivityId(), j.getDuedate()))
        .toList();
  }

  @Override public List<String> fireStartTimer(String jobId, String key) {
    java.util.Set<String> before = new java.util.HashSet<>(started(key));
    engine.getManagementService().executeJob(jobId);
    List<String> after = new ArrayList<>(started(key));
    after.removeAll(before);
    return after;
  }

  private List<String> started(String key) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(key).list().stream().map(h -> h.getId()).toList();
  }

  @Override public List<Task> tasks(String instanceId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instanceId).list().stream()
        .map(t -> new Task(t.getId(), t.getTaskDefinitionKey())).sorted(java.util.Comparator.comparing(Task::elementId)).toList();
  }

  @Override public Map<String, Object> decision(String taskElementId, Map<String, Object> decision) {
    Map<String, Object> out = new HashMap<>();
    out.put(taskElementId, new HashMap<>(decision));
    return out;
  }

  @Override public void complete(String taskId, Map<String, Object> variables) { engine.getTaskService().complete(taskId, variables); }

  @Override public List<Job> timers(String instanceId) {
    var management = engine.getManagementService();
    return management.createJobQuery().processInstanceId(instanceId).timers().list().stream()
        .map(j -> new Job(j.getId(), management.createJobDefinitionQuery().jobDefinitionId(j.getJobDefinitionId()).singleResult().getActivityId(), j.getDuedate()))
        .toList();
  }

  @Override public void fire(String jobId) { engine.getManagementService().executeJob(jobId); }

  @Override public List<String> work(String instanceId, String topic, java.util.function.Function<Map<String, Object>, Map<String, Object>> worker) {
    var external = engine.getExternalTaskService();
    List<String> done = new ArrayList<>();
    for (LockedExternalTask t : external.fetchAndLock(100, WORKER).topic(topic, 60_000L).enableCustomObjectDeserialization().execute()) {
      if (instanceId.equals(t.getProcessInstanceId())) {
        external.complete(t.getId(), WORKER, worker.apply(t.getVariables()));
        done.add(t.getActivityId());
      } else {
        external.unlock(t.getId());
      }
    }
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
