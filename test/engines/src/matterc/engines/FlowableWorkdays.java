package matterc.engines;

import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowable.common.engine.impl.calendar.BusinessCalendar;

/** The holiday calendar as a Flowable business calendar: a timer's "P<N>D" is N working days. */
public final class FlowableWorkdays implements BusinessCalendar {
  private static final Pattern DAYS = Pattern.compile("P(\\d+)D");
  private final WorkdayCalendar calendar;

  public FlowableWorkdays(WorkdayCalendar calendar) {
    this.calendar = calendar;
  }

  @Override public Date resolveDuedate(String duedate) {
    Matcher m = DAYS.matcher(duedate.trim());
    if (!m.matches()) throw new IllegalArgumentException("matterWorkdays reads P<N>D (N working days), not " + duedate);
    return calendar.after(Integer.parseInt(m.group(1)));
  }

  @Override public Date resolveDuedate(String duedate, int maxIterations) {
    return resolveDuedate(duedate);
  }

  @Override public Boolean validateDuedate(String duedateDescription, int maxIterations, Date endDate, Date newTimer) {
    return true;
  }

  @Override public Date resolveEndDate(String endDate) {
    return null;
  }
}
