package id.satupintu;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * For tests that need a real service (RabbitMQ, PostgreSQL, Mosquitto): on a developer machine without it the
 * test is skipped, naming the service; in CI ({@code CI=true}) a missing service fails the test instead.
 */
public final class RequiresService {

    private RequiresService() {
    }

    public static void reachable(String service, String host, int port) {
        boolean up;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1_000);
            up = true;
        } catch (IOException e) {
            up = false;
        }
        if (!up && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(service + " is not reachable at " + host + ":" + port + " (CI=true: a missing service is a failure)");
        }
        Assumptions.assumeTrue(up, () -> service + " not reachable at " + host + ":" + port + ": test skipped (start it to run this test)");
    }
}
