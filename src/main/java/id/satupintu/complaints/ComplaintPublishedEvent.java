package id.satupintu.complaints;

import id.satupintu.shared.events.PublishedEvent;

import java.util.UUID;

/**
 * The complaints module's published events: its API for other modules and, with several nodes, for RabbitMQ.
 * Sealed, so a listener switching over them sees every kind.
 */
public sealed interface ComplaintPublishedEvent extends PublishedEvent
        permits ComplaintFiled, ComplaintVerified, ComplaintRejected, ComplaintDispatched, ComplaintTaskStarted,
        ComplaintHandedOver, ComplaintTaskResolved, ComplaintResolved, ComplaintDisputed, ComplaintReopened,
        ComplaintClosed, ComplaintRated, ComplaintMerged, ComplaintDeadlinePassed {

    ComplaintFacts complaint();

    default UUID complaintId() {
        return complaint().complaintId();
    }

    default String trackingCode() {
        return complaint().trackingCode();
    }
}
