package id.satupintu.complaints;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What one complaint submit costs the database, counted on the submitting thread by a DataSource wrapper: round trips
 * (a batch is one) and transactions. The limits are the lean submit's guarantee: one transaction, no re-reads of what
 * it just wrote. Listeners that run after the commit (the notifier) are not part of the submit. Prints the figures
 * for bench/complaints.
 */
@Import(ComplaintSubmitStatementsTest.Counting.class)
class ComplaintSubmitStatementsTest extends ComplaintsTestSupport {

    @Test
    void aSubmitThroughTheModuleIsOneTransactionOfAFewStatements() {
        NewComplaint complaint = ComplaintFixture.pothole(PrivacyMode.PUBLIC, ComplaintFixture.BUNGKUL);
        filing.file(citizen, complaint); // warm caches (categories, regions) as a running server has them
        Counter counted = Counter.during(() -> filing.file(citizen, complaint));
        System.out.println("complaint submit (module API, 1 photo): " + counted);
        assertThat(counted.transactions()).isEqualTo(1);
        assertThat(counted.statements()).isLessThanOrEqualTo(5);
        assertThat(counted.sql()).noneMatch(sql -> sql.startsWith("select") && sql.contains("from complaint"));
    }

    @Test
    void aSubmitOverTheJsonApiIsOneTransactionToo() throws Exception {
        MockMultipartFile photo = new MockMultipartFile("photo", "lubang.jpg", "image/jpeg", ComplaintFixture.jpeg());
        Runnable submit = () -> {
            try {
                call(citizen, multipart("/api/v1/complaints").file(photo).param("category", "jalan-rusak")
                        .param("description", "Jalan berlubang di depan sekolah dasar.").param("lat", "-7.2915")
                        .param("lon", "112.7398")).andExpect(status().isCreated());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        submit.run();
        Counter counted = Counter.during(submit);
        System.out.println("complaint submit (POST /api/v1/complaints, 1 photo): " + counted);
        assertThat(counted.transactions()).isEqualTo(1);
        assertThat(counted.statements()).isLessThanOrEqualTo(8);
    }

    /** Counts what the current thread sends while {@link #during} runs. */
    record Counter(List<String> sql, int[] counts) {

        private static final ThreadLocal<Counter> CURRENT = new ThreadLocal<>();

        static Counter during(Runnable work) {
            Counter counter = new Counter(new ArrayList<>(), new int[3]);
            CURRENT.set(counter);
            try {
                work.run();
            } finally {
                CURRENT.remove();
            }
            return counter;
        }

        int statements() {
            return counts[0];
        }

        /** Committed transactions plus statements run in auto-commit (each its own transaction). */
        int transactions() {
            return counts[1] + counts[2];
        }

        @Override
        public String toString() {
            return statements() + " statements in " + transactions() + " transaction(s): " + sql;
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Counting {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource ? wrap(DataSource.class, dataSource, null) : bean;
                }
            };
        }

        private static Object wrap(Class<?> type, Object target, Connection connection) {
            InvocationHandler handler = (proxy, method, args) -> {
                Counter counter = Counter.CURRENT.get();
                Object result = invoke(method, target, args);
                if (counter != null) {
                    count(counter, method, args, target, connection);
                }
                if (result instanceof Connection c) {
                    return wrap(Connection.class, c, c);
                }
                if (result instanceof Statement s && !method.getName().equals("getStatement")) {
                    Class<?> kind = result instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
                    if (result instanceof java.sql.CallableStatement) {
                        kind = java.sql.CallableStatement.class;
                    }
                    return wrap(kind, s, connection);
                }
                return result;
            };
            return Proxy.newProxyInstance(Counting.class.getClassLoader(), new Class<?>[]{type}, handler);
        }

        private static void count(Counter counter, Method method, Object[] args, Object target, Connection connection)
                throws java.sql.SQLException {
            String name = method.getName();
            if (target instanceof Connection && name.equals("commit")) {
                counter.counts()[1]++;
            } else if (target instanceof Connection && name.startsWith("prepare") && args != null && args[0] instanceof String sql) {
                counter.sql().add(sql.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ")
                        .replaceAll("^(\\S+ \\S+ \\S+ \\S+).*", "$1"));
            } else if (target instanceof Statement && (name.equals("executeBatch") || name.startsWith("execute"))) {
                counter.counts()[0]++;
                if (connection != null && connection.getAutoCommit()) {
                    counter.counts()[2]++;
                }
            }
        }

        private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
