package id.satupintu.identity.internal;

/** Contact details as a public or semi-public view may show them. */
final class Masks {

    private Masks() {
    }

    static String email(String email) {
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    static String phone(String phone) {
        if (phone.length() <= 7) {
            return "***";
        }
        return phone.substring(0, 5) + "*".repeat(phone.length() - 8) + phone.substring(phone.length() - 3);
    }
}
