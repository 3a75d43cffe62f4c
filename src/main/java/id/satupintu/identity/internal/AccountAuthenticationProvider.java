package id.satupintu.identity.internal;

import id.satupintu.shared.TenantId;
import id.satupintu.shared.web.CurrentTenant;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Password sign-in. Unknown account, wrong password, locked account, unconfirmed account and a throttled
 * address all answer the same way and take the same time (the password hash is always checked), so the
 * answer never tells an attacker which it was.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

    private final AccountService accounts;
    private final AccountStore store;
    private final PasswordEncoder passwords;
    private final CurrentTenant currentTenant;
    private final LoginThrottle throttle;
    private final IdentityProperties properties;
    private final Clock clock;
    /** Compared against when the login is unknown, so that it costs as long as a wrong password; hashed off the start-up path. */
    private final CompletableFuture<String> dummyHash;

    AccountAuthenticationProvider(AccountService accounts, AccountStore store, PasswordEncoder passwords,
                                  CurrentTenant currentTenant, LoginThrottle throttle, IdentityProperties properties,
                                  Clock clock) {
        this.accounts = accounts;
        this.store = store;
        this.passwords = passwords;
        this.currentTenant = currentTenant;
        this.throttle = throttle;
        this.properties = properties;
        this.clock = clock;
        this.dummyHash = CompletableFuture.supplyAsync(() -> passwords.encode("not-a-real-password-" + System.nanoTime()),
                task -> Thread.ofVirtual().name("dummy-password-hash").start(task));
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        HttpServletRequest request = currentRequest();
        String address = request == null ? "local" : request.getRemoteAddr();
        TenantId tenant = currentTenant.ofHost(request == null ? "" : request.getServerName());
        String login = String.valueOf(authentication.getName()).trim();
        String password = String.valueOf(authentication.getCredentials());

        Optional<Account> found = accounts.findForLogin(tenant, login);
        boolean matches = passwords.matches(password, found.map(Account::passwordHash).orElseGet(dummyHash::join));
        Instant now = clock.instant();
        boolean usable = found.isPresent() && matches && !found.get().lockedAt(now)
                && found.get().status() == Account.Status.ACTIVE && !throttle.blocked(address);
        if (!usable) {
            throttle.failed(address);
            found.ifPresent(account -> store.recordFailedLogin(account.id(), properties.loginMaxFailures(),
                    now.plus(properties.loginLockout()), now));
            throw new BadCredentialsException("Bad credentials");
        }
        Account account = found.get();
        store.recordSuccessfulLogin(account.id());
        SatuPintuUser user = new SatuPintuUser(accounts.viewerOf(account));
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static @Nullable HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
