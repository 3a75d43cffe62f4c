package id.satupintu.complaints;

/** One agency's part of a complaint. */
public enum TaskStatus {
    OPEN, IN_PROGRESS, RESOLVED, HANDED_OVER, CANCELLED;

    public boolean isActive() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
