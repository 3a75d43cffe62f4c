package id.satupintu.applications;

/** The SLA breach watch, run on a schedule by every node. */
public interface SlaWatch {

    /**
     * Marks deadlines that passed, once each even with several nodes checking at once, publishes {@link SlaBreached}
     * and escalates to the agency head. Returns how many breaches this call recorded.
     */
    int detectBreaches();
}
