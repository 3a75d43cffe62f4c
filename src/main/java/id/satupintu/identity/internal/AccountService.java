package id.satupintu.identity.internal;

import id.satupintu.audit.AuditTrail;
import id.satupintu.identity.AccountKind;
import id.satupintu.identity.AccountView;
import id.satupintu.identity.Accounts;
import id.satupintu.identity.CitizenRegistered;
import id.satupintu.identity.Nik;
import id.satupintu.identity.NewStaff;
import id.satupintu.identity.Provisioning;
import id.satupintu.notifications.Notification;
import id.satupintu.notifications.Notifications;
import id.satupintu.organisation.Organisation;
import id.satupintu.shared.ConflictException;
import id.satupintu.shared.Ids;
import id.satupintu.shared.InvalidInputException;
import id.satupintu.shared.InvalidInputsException;
import id.satupintu.shared.NotFoundException;
import id.satupintu.shared.Role;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.keygen.KeyGenerators;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Citizens' registration and confirmation, staff accounts, and the read side other modules use. */
@Service
public class AccountService implements Accounts, Provisioning {

    static final Set<Role> STAFF_ROLES = EnumSet.of(Role.OFFICER, Role.AGENCY_HEAD, Role.OPERATOR, Role.AUDITOR, Role.ADMIN);
    private static final Set<Role> AGENCY_ROLES = EnumSet.of(Role.OFFICER, Role.AGENCY_HEAD);

    private final AccountStore store;
    private final PersonalDataKey key;
    private final PasswordEncoder passwords;
    private final OtpCodes otp;
    private final Notifications notifications;
    private final MessageSource messages;
    private final Organisation organisation;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ApiKeyService apiKeys;
    private final Clock clock;

    AccountService(AccountStore store, PersonalDataKey key, PasswordEncoder passwords, OtpCodes otp,
                   Notifications notifications, MessageSource messages, Organisation organisation, AuditTrail audit,
                   ApplicationEventPublisher events, ApiKeyService apiKeys, Clock clock) {
        this.store = store;
        this.key = key;
        this.passwords = passwords;
        this.otp = otp;
        this.notifications = notifications;
        this.messages = messages;
        this.organisation = organisation;
        this.audit = audit;
        this.events = events;
        this.apiKeys = apiKeys;
        this.clock = clock;
    }

    /**
     * What a person typed to register. Validated here, field by field, so the form can show each error; a field
     * the browser did not send is null.
     */
    public record Registration(@Nullable String nik, @Nullable String fullName, @Nullable String email,
                               @Nullable String phone, @Nullable String password,
                               @Nullable String passwordConfirmation, boolean consent, String language) {
    }

    /** A registration waiting for its one-time code. */
    public record PendingConfirmation(UUID accountId, Notification.Channel channel, String maskedDestination) {
    }

    /** A new staff account and its first password, shown once to the admin who made it. */
    public record StaffCreated(AccountView account, String initialPassword) {
    }

    @Transactional
    public PendingConfirmation register(TenantId tenant, Registration form) {
        // every field is checked, so the form can show all its problems at once
        List<InvalidInputException> problems = new java.util.ArrayList<>();
        Optional<Nik> parsedNik = collect(problems, () -> Nik.parse(form.nik() == null ? "" : form.nik()));
        Optional<String> checkedName = collect(problems, () -> required("fullName", form.fullName(), 120));
        Optional<String> email = optional(form.email()).map(value -> value.toLowerCase(Locale.ROOT));
        if (email.isPresent() && (!email.get().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.get().length() > 200)) {
            problems.add(new InvalidInputException("email", "identity.email.invalid", "Not a valid e-mail address"));
        }
        Optional<String> rawPhone = optional(form.phone());
        Optional<String> phone = rawPhone.flatMap(PhoneNumbers::normalise);
        if (rawPhone.isPresent() && phone.isEmpty()) {
            problems.add(new InvalidInputException("phone", "identity.phone.invalid", "Not an Indonesian mobile number"));
        }
        if (email.isEmpty() && rawPhone.isEmpty()) {
            problems.add(new InvalidInputException("email", "identity.contact.required", "An e-mail address or a phone number is needed"));
        }
        Optional<String> password = collect(problems,
                () -> checkPassword(form.password(), form.passwordConfirmation(), parsedNik.map(Nik::value).orElse("")));
        if (!form.consent()) {
            problems.add(new InvalidInputException("consent", "identity.consent.required", "Consent is needed to register"));
        }
        InvalidInputsException.throwIfAny(problems);
        // no problem was collected, so every check gave its value
        Nik nik = parsedNik.orElseThrow();
        String name = checkedName.orElseThrow();
        String acceptedPassword = password.orElseThrow();
        String nikHash = key.hmac(nik.value());
        if (store.exists(tenant, "nik_hash", nikHash)
                || email.filter(value -> store.exists(tenant, "email", value)).isPresent()
                || phone.filter(value -> store.exists(tenant, "phone", value)).isPresent()) {
            throw new ConflictException("identity.account.exists", "An account with these details already exists");
        }
        Instant now = clock.instant();
        UUID id = Ids.newId();
        String lang = "en".equals(form.language()) ? "en" : "id";
        store.insert(new Account(id, tenant, AccountKind.CITIZEN, id.toString(), name, hash(acceptedPassword),
                email, false, phone, false, Optional.of(nikHash), Optional.of(nik.masked()),
                Optional.of(key.encrypt(nik.value())), Optional.empty(), EnumSet.of(Role.CITIZEN), Account.Status.PENDING,
                lang, 0, Optional.empty(), now, now, 0));
        return sendCode(tenant, store.byId(tenant, id).orElseThrow());
    }

    /** Sends a fresh code to the pending account's contact (rate-limited). */
    public PendingConfirmation resend(TenantId tenant, UUID accountId) {
        Account account = store.byId(tenant, accountId).filter(a -> a.status() == Account.Status.PENDING)
                .orElseThrow(() -> new NotFoundException("account", accountId));
        return sendCode(tenant, account);
    }

    public enum Confirmation { CONFIRMED, WRONG_CODE, EXPIRED }

    @Transactional
    public Confirmation confirm(TenantId tenant, UUID accountId, String code) {
        Account account = store.byId(tenant, accountId).filter(a -> a.status() == Account.Status.PENDING)
                .orElseThrow(() -> new NotFoundException("account", accountId));
        return switch (otp.verify(accountId, OtpCodes.Purpose.CONFIRM_CONTACT, code)) {
            case ACCEPTED -> {
                boolean byEmail = account.email().isPresent();
                store.activate(accountId, byEmail, !byEmail, clock.instant());
                events.publishEvent(new CitizenRegistered(Ids.newId(), tenant, accountId, clock.instant()));
                yield Confirmation.CONFIRMED;
            }
            case WRONG -> Confirmation.WRONG_CODE;
            case EXPIRED_OR_USED -> Confirmation.EXPIRED;
        };
    }

    public Optional<PendingConfirmation> pending(TenantId tenant, UUID accountId) {
        return store.byId(tenant, accountId).filter(a -> a.status() == Account.Status.PENDING)
                .map(a -> a.email().isPresent()
                        ? new PendingConfirmation(a.id(), Notification.Channel.EMAIL, Masks.email(a.email().get()))
                        : new PendingConfirmation(a.id(), Notification.Channel.SMS, Masks.phone(a.phone().orElse(""))));
    }

    @Transactional
    public StaffCreated createStaff(TenantId tenant, NewStaff staff) {
        String username = required("username", staff.username(), 60).toLowerCase(Locale.ROOT);
        if (!username.matches("[a-z0-9][a-z0-9._-]{2,59}")) {
            throw new InvalidInputException("username", "identity.username.invalid", "User name: 3-60 of a-z, 0-9, . _ -");
        }
        String name = required("displayName", staff.displayName(), 120);
        if (staff.roles().isEmpty() || !STAFF_ROLES.containsAll(staff.roles())) {
            throw new InvalidInputException("roles", "identity.roles.invalid", "Choose at least one staff role");
        }
        boolean needsAgency = staff.roles().stream().anyMatch(AGENCY_ROLES::contains);
        if (needsAgency && staff.agencyId().isEmpty()) {
            throw new InvalidInputException("agencyId", "identity.agency.required", "Officers and agency heads belong to an agency");
        }
        staff.agencyId().ifPresent(agency -> organisation.agency(tenant, agency)
                .orElseThrow(() -> new InvalidInputException("agencyId", "identity.agency.unknown", "Unknown agency")));
        Optional<String> email = staff.email().map(value -> value.trim().toLowerCase(Locale.ROOT)).filter(value -> !value.isEmpty());
        String initialPassword = HexFormat.of().formatHex(KeyGenerators.secureRandom(9).generateKey());
        Instant now = clock.instant();
        UUID id = Ids.newId();
        if (store.exists(tenant, "username", username)) {
            throw new ConflictException("identity.username.taken", "That user name is taken");
        }
        store.insert(new Account(id, tenant, AccountKind.STAFF, username, name, hash(initialPassword),
                email, false, Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(),
                staff.agencyId(), staff.roles(), Account.Status.ACTIVE, "id", 0, Optional.empty(), now, now, 0));
        audit.record(tenant, "staff.created", "account", id.toString(),
                java.util.Map.of("roles", Account.formatRoles(staff.roles()), "agency", staff.agencyId().map(UUID::toString).orElse("")));
        return new StaffCreated(store.byId(tenant, id).orElseThrow().view(), initialPassword);
    }

    @Override
    public boolean staffExists(TenantId tenant, String username) {
        return store.exists(tenant, "username", username.toLowerCase(Locale.ROOT));
    }

    @Override
    public String encodePassword(String rawPassword) {
        return hash(rawPassword);
    }

    private String hash(String rawPassword) {
        // PasswordEncoder answers null only for a null password (Spring Security's contract), never passed here
        return Objects.requireNonNull(passwords.encode(rawPassword), "encoded password");
    }

    @Override
    @Transactional
    public AccountView ensureStaff(TenantId tenant, NewStaff staff, String passwordHash) {
        String username = staff.username().toLowerCase(Locale.ROOT);
        return store.byLogin(tenant, "username", username).map(Account::view).orElseGet(() -> {
            Instant now = clock.instant();
            UUID id = Ids.newId();
            store.insert(new Account(id, tenant, AccountKind.STAFF, username, staff.displayName(), passwordHash,
                    staff.email(), staff.email().isPresent(), Optional.empty(), false, Optional.empty(), Optional.empty(),
                    Optional.empty(), staff.agencyId(), staff.roles(), Account.Status.ACTIVE, "id", 0, Optional.empty(),
                    now, now, 0));
            return store.byId(tenant, id).orElseThrow().view();
        });
    }

    @Override
    @Transactional
    public AccountView ensureCitizen(TenantId tenant, Nik nik, String fullName, String email, String phone, String passwordHash) {
        String nikHash = key.hmac(nik.value());
        return store.byLogin(tenant, "nik_hash", nikHash).map(Account::view).orElseGet(() -> {
            Instant now = clock.instant();
            UUID id = Ids.newId();
            store.insert(new Account(id, tenant, AccountKind.CITIZEN, id.toString(), fullName, passwordHash,
                    Optional.of(email), true, PhoneNumbers.normalise(phone), true, Optional.of(nikHash),
                    Optional.of(nik.masked()), Optional.of(key.encrypt(nik.value())), Optional.empty(),
                    EnumSet.of(Role.CITIZEN), Account.Status.ACTIVE, "id", 0, Optional.empty(), now, now, 0));
            return store.byId(tenant, id).orElseThrow().view();
        });
    }

    @Override
    public UUID ensureApiKey(TenantId tenant, boolean kiosk, String name, Optional<String> regionCode, String key) {
        return apiKeys.ensure(tenant, kiosk ? ApiKeyService.Kind.KIOSK : ApiKeyService.Kind.CLIENT, name, regionCode, key).id();
    }

    public static List<Role> staffRoles() {
        return List.copyOf(STAFF_ROLES);
    }

    public static Set<String> staffRoleNames() {
        return STAFF_ROLES.stream().map(Role::name).collect(java.util.stream.Collectors.toSet());
    }

    public List<AccountView> staff(TenantId tenant) {
        return store.staff(tenant).stream().map(Account::view).toList();
    }

    @Override
    public Optional<AccountView> find(TenantId tenant, UUID accountId) {
        return store.byId(tenant, accountId).map(Account::view);
    }

    @Override
    public List<AccountView> staffOfAgency(TenantId tenant, UUID agencyId) {
        return store.staffOfAgency(tenant, agencyId).stream().map(Account::view).toList();
    }

    @Override
    public Optional<Contact> contactOf(TenantId tenant, UUID accountId) {
        return store.byId(tenant, accountId).map(a -> new Contact(a.email(), a.phone(), a.preferredLanguage()));
    }

    public void rememberLanguage(UUID accountId, String lang) {
        store.setPreferredLanguage(accountId, "en".equals(lang) ? "en" : "id");
    }

    Optional<Account> findForLogin(TenantId tenant, String login) {
        if (login.isEmpty() || login.length() > 200) {
            return Optional.empty();
        }
        if (Nik.isValid(login)) {
            return store.byLogin(tenant, "nik_hash", key.hmac(Nik.parse(login).value()));
        }
        if (login.contains("@")) {
            return store.byLogin(tenant, "email", login.toLowerCase(Locale.ROOT));
        }
        Optional<String> phone = PhoneNumbers.normalise(login);
        if (phone.isPresent()) {
            return store.byLogin(tenant, "phone", phone.get());
        }
        return store.byLogin(tenant, "username", login.toLowerCase(Locale.ROOT));
    }

    Viewer viewerOf(Account account) {
        return new Viewer(account.id(), account.tenant(), account.displayName(), account.roles(), account.agencyId());
    }

    private PendingConfirmation sendCode(TenantId tenant, Account account) {
        boolean byEmail = account.email().isPresent();
        Notification.Channel channel = byEmail ? Notification.Channel.EMAIL : Notification.Channel.SMS;
        String code = otp.issue(tenant, account.id(), OtpCodes.Purpose.CONFIRM_CONTACT, channel.name());
        Locale locale = Locale.forLanguageTag(account.preferredLanguage());
        String subject = messages.getMessage("identity.otp.subject", null, locale);
        String body = messages.getMessage("identity.otp.body", new Object[]{code, 10}, locale);
        String destination = byEmail ? account.email().get() : account.phone().orElseThrow();
        notifications.send(new Notification(tenant, channel, destination, subject, body));
        return new PendingConfirmation(account.id(), channel, byEmail ? Masks.email(destination) : Masks.phone(destination));
    }

    /** The password, if it is long, hard enough to guess and confirmed. */
    private static String checkPassword(@Nullable String password, @Nullable String confirmation, String nik) {
        if (password == null || password.length() < 10 || password.length() > 128) {
            throw new InvalidInputException("password", "identity.password.length", "Password: 10 to 128 characters");
        }
        if ((!nik.isEmpty() && password.contains(nik)) || password.chars().distinct().count() < 4) {
            throw new InvalidInputException("password", "identity.password.weak", "Password is too easy to guess");
        }
        if (!password.equals(confirmation)) {
            throw new InvalidInputException("passwordConfirmation", "identity.password.mismatch", "Passwords do not match");
        }
        return password;
    }

    private static <T> Optional<T> collect(List<InvalidInputException> problems, java.util.function.Supplier<T> check) {
        try {
            return Optional.of(check.get());
        } catch (InvalidInputException problem) {
            problems.add(problem);
            return Optional.empty();
        }
    }

    private static String required(String field, @Nullable String value, int max) {
        String trimmed = value == null ? "" : value.trim();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException(field, "identity.field.required", field + " is required");
        }
        if (trimmed.length() > max) {
            throw new InvalidInputException(field, "identity.field.tooLong", field + " is too long", max);
        }
        return trimmed;
    }

    private static Optional<String> optional(@Nullable String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
