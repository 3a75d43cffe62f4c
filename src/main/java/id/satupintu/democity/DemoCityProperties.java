package id.satupintu.democity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled     load the demo city on start (idempotent)
 * @param printLogins print the demo sign-ins to the console (development only; off in the prod profile)
 * @param password    the password of every demo account
 */
@ConfigurationProperties("satupintu.demo")
record DemoCityProperties(boolean enabled, Boolean printLogins, String password) {

    DemoCityProperties {
        printLogins = printLogins == null ? Boolean.TRUE : printLogins;
        password = password == null || password.isBlank() ? "SatuPintu2026" : password;
    }
}
