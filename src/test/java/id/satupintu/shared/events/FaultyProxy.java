package id.satupintu.shared.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on 127.0.0.1 between the application and RabbitMQ that fails on demand, as networks do: it can refuse
 * connections ({@link #cut}), swallow everything while keeping connections open ({@link #blackHole}: the sender's
 * writes succeed and nothing arrives, no confirm, no heartbeat), drop every open connection ({@link #dropConnections})
 * and work again ({@link #heal}).
 */
final class FaultyProxy implements AutoCloseable {

    enum Mode { FORWARD, REFUSE, BLACK_HOLE }

    private final ServerSocket server;
    private final InetSocketAddress upstream;
    private final Set<Link> links = ConcurrentHashMap.newKeySet();
    private final AtomicLong swallowedBytes = new AtomicLong();
    private volatile Mode mode = Mode.FORWARD;
    private volatile boolean open = true;

    FaultyProxy(String upstreamHost, int upstreamPort) throws IOException {
        this.upstream = new InetSocketAddress(upstreamHost, upstreamPort);
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("faulty-proxy-accept").start(this::acceptLoop);
    }

    int port() {
        return server.getLocalPort();
    }

    /** Open connections are dropped and new ones refused (closed at once). */
    void cut() {
        mode = Mode.REFUSE;
        dropConnections();
    }

    /** Connections (open and new) stay up, and every byte either way is swallowed. */
    void blackHole() {
        mode = Mode.BLACK_HOLE;
    }

    void dropConnections() {
        links.forEach(Link::close);
    }

    /** Forwards again; connections that lost bytes to the black hole are dropped (their AMQP stream is broken). */
    void heal() {
        links.stream().filter(Link::damaged).forEach(Link::close);
        mode = Mode.FORWARD;
    }

    long swallowedBytes() {
        return swallowedBytes.get();
    }

    @Override
    public void close() throws IOException {
        open = false;
        server.close();
        dropConnections();
    }

    private void acceptLoop() {
        while (open) {
            try {
                Socket client = server.accept();
                if (mode == Mode.REFUSE) {
                    client.close();
                    continue;
                }
                Link link = new Link(client);
                links.add(link);
                link.start();
            } catch (IOException e) {
                if (!open) {
                    return;
                }
            }
        }
    }

    /** One client connection and its upstream connection (made lazily: a black hole never reaches the broker). */
    private final class Link {

        private final Socket client;
        private volatile Socket broker;
        private volatile boolean damaged;

        Link(Socket client) {
            this.client = client;
        }

        boolean damaged() {
            return damaged;
        }

        void start() {
            Thread.ofVirtual().start(() -> {
                try {
                    InputStream fromClient = client.getInputStream();
                    byte[] buffer = new byte[16 * 1024];
                    int read;
                    while ((read = fromClient.read(buffer)) >= 0) {
                        if (mode == Mode.FORWARD && !damaged) {
                            brokerOutput().write(buffer, 0, read);
                        } else {
                            damaged = true;
                            swallowedBytes.addAndGet(read);
                        }
                    }
                } catch (IOException e) {
                    // either side closed: the link is over
                } finally {
                    close();
                }
            });
        }

        private synchronized OutputStream brokerOutput() throws IOException {
            if (broker == null) {
                Socket socket = new Socket();
                socket.connect(upstream, 2_000);
                broker = socket;
                Thread.ofVirtual().start(() -> pumpBrokerToClient(socket));
            }
            return broker.getOutputStream();
        }

        private void pumpBrokerToClient(Socket socket) {
            try {
                InputStream fromBroker = socket.getInputStream();
                OutputStream toClient = client.getOutputStream();
                byte[] buffer = new byte[16 * 1024];
                int read;
                while ((read = fromBroker.read(buffer)) >= 0) {
                    if (mode == Mode.FORWARD && !damaged) {
                        toClient.write(buffer, 0, read);
                    } else {
                        damaged = true;
                        swallowedBytes.addAndGet(read);
                    }
                }
            } catch (IOException e) {
                // either side closed
            } finally {
                close();
            }
        }

        void close() {
            links.remove(this);
            closeQuietly(client);
            Socket upstreamSocket = broker;
            if (upstreamSocket != null) {
                closeQuietly(upstreamSocket);
            }
        }

        private static void closeQuietly(Socket socket) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }
}
