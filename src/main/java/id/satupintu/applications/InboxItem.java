package id.satupintu.applications;

import java.time.Instant;

/** A step in an agency's inbox, with what the list shows of its application. */
public record InboxItem(StepView step, String trackingCode, String subjectCode, boolean bundle, String serviceCode,
                        Instant submittedAt, ApplicationStatus applicationStatus) {
}
