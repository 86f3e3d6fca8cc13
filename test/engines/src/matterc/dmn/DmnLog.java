package matterc.dmn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The engines log their warnings through SLF4J and nothing on the class path prints them: this
 * provider (registered by dmn.test.ts in META-INF/services of the compiled classes) keeps every
 * warning and error, so that a deployment or an evaluation that warns fails the test.
 */
public final class DmnLog implements SLF4JServiceProvider {
  public static final List<String> WARNINGS = Collections.synchronizedList(new ArrayList<>());

  private ILoggerFactory loggers;
  private IMarkerFactory markers;
  private MDCAdapter mdc;

  @Override public ILoggerFactory getLoggerFactory() { return loggers; }
  @Override public IMarkerFactory getMarkerFactory() { return markers; }
  @Override public MDCAdapter getMDCAdapter() { return mdc; }
  @Override public String getRequestedApiVersion() { return "2.0.99"; }

  @Override public void initialize() {
    loggers = Recorder::new;
    markers = new BasicMarkerFactory();
    mdc = new NOPMDCAdapter();
  }

  /** Drops what was logged so far (the engine's own start-up) and returns it. */
  public static List<String> drain() {
    synchronized (WARNINGS) {
      List<String> out = List.copyOf(WARNINGS);
      WARNINGS.clear();
      return out;
    }
  }

  private static final class Recorder extends LegacyAbstractLogger {
    Recorder(String name) { this.name = name; }

    @Override public boolean isTraceEnabled() { return false; }
    @Override public boolean isDebugEnabled() { return false; }
    @Override public boolean isInfoEnabled() { return false; }
    @Override public boolean isWarnEnabled() { return true; }
    @Override public boolean isErrorEnabled() { return true; }
    @Override protected String getFullyQualifiedCallerName() { return null; }

    @Override protected void handleNormalizedLoggingCall(Level level, Marker marker, String message, Object[] args, Throwable t) {
      String text = MessageFormatter.basicArrayFormat(message, args);
      WARNINGS.add(level + " " + name + ": " + text + (t == null ? "" : " (" + t + ")"));
    }
  }
}
