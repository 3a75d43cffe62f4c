package id.satupintu.complaints;

import id.satupintu.shared.TenantId;

/**
 * What lets a reporter without an account act on their complaint: its tracking code and the secret handed out once
 * when it was filed ({@link ComplaintView#reporterSecret()}). Anyone holding both is treated as the reporter.
 */
public record ReporterSecret(TenantId tenant, String trackingCode, String secret) {

    @Override
    public String toString() {
        return "ReporterSecret[" + tenant + ", " + trackingCode + ", ****]";
    }
}
