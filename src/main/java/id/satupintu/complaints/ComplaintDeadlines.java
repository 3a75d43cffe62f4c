package id.satupintu.complaints;

/** Time acts too: passed deadlines are escalated and unanswered resolutions close (run on a schedule by every node). */
public interface ComplaintDeadlines {

    /** Flags deadlines that passed (once each) and escalates them to the agency head; returns how many. */
    int detectOverdue();

    /** Closes resolved complaints whose reporter did not answer within 10 working days; returns how many. */
    int autoClose();
}
