package id.satupintu.shared;

/** Who a principal is to the platform. Officers and heads belong to one agency; a KIOSK is a device. */
public enum Role {
    CITIZEN, OFFICER, AGENCY_HEAD, OPERATOR, AUDITOR, ADMIN, KIOSK, API_CLIENT;

    /** The Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
