package id.satupintu.complaints;

/** Where a complaint came in. */
public enum Channel {
    WEB, API, OPEN311, KIOSK
}
