package matterc.tasklist;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Camunda 7's Tasklist, Cockpit and REST API (/engine-rest) on an in-memory H2 database, for
 * test/tasklist/tasklist.test.ts. Its settings come as command-line properties from the test
 * (port, admin user); nothing is deployed here: the test deploys through the REST API.
 */
@SpringBootApplication
public class TasklistApp {
  public static void main(String[] args) {
    SpringApplication.run(TasklistApp.class, args);
  }
}
