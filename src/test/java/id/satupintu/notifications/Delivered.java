package id.satupintu.notifications;

import id.satupintu.identity.AccountView;
import id.satupintu.identity.Nik;
import id.satupintu.identity.Provisioning;
import id.satupintu.shared.Role;
import id.satupintu.shared.TenantId;
import id.satupintu.shared.Viewer;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/** For tests of what people are told: a citizen with an e-mail address, and waiting for a message to go out. */
public final class Delivered {

    private Delivered() {
    }

    /** A signed-in citizen of the tenant whose account has a fresh e-mail address (and a phone number). */
    public record Citizen(Viewer viewer, String email) {
    }

    public static Citizen citizenWithEmail(Provisioning provisioning, TenantId tenant) {
        String email = "warga-" + UUID.randomUUID() + "@contoh.id";
        AccountView account = provisioning.ensureCitizen(tenant, Nik.parse("3578094512850002"), "Siti Uji", email,
                "+6281234567890", provisioning.encodePassword("rahasia-uji-123"));
        return new Citizen(new Viewer(account.id(), tenant, "Siti Uji", Set.of(Role.CITIZEN), Optional.empty()), email);
    }

    /** The newest notification sent that is {@code wanted}, waiting up to 10 s (delivery runs after the commit). */
    public static Notification await(SentNotifications sent, Predicate<Notification> wanted) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(until)) {
            Optional<Notification> found = sent.recent().stream().filter(wanted).reduce((a, b) -> b);
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no such notification within 10 s; recent: " + sent.recent().stream().map(Notification::subject).toList());
    }
}
