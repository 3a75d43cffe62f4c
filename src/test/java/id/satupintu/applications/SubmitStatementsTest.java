package id.satupintu.applications;

import id.satupintu.applications.ApplicationFixture.City;
import id.satupintu.catalog.internal.CatalogLoading;
import id.satupintu.organisation.Organisation;
import id.satupintu.shared.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a submit costs the database: statements (round trips; a batch is one), rows sent in batches, and
 * transactions (commits, plus statements run outside a transaction), counted on the calling thread only (the
 * listeners that run after the commit are not part of the submit). bench/README keeps the figures.
 */
@SpringBootTest
class SubmitStatementsTest {

    @Autowired
    Applications applications;
    @Autowired
    CaseWork caseWork;
    @Autowired
    Drafts drafts;
    @Autowired
    Organisation organisation;
    @Autowired
    CatalogLoading loading;

    @Test
    void aSubmitRunsInOneTransactionWithoutPerStepRoundTrips() {
        ApplicationFixture fixture = new ApplicationFixture(organisation, loading, drafts, applications);
        City city = fixture.newCity();
        Viewer citizen = city.citizen();
        ApplicationView draft = drafts.startDraft(citizen, "izin-reklame", false, Optional.empty());
        drafts.saveAnswers(citizen, draft.id(), fixture.answers("{\"lokasi\":\"Jl. Darmo 1\",\"luas\":12}"), Optional.empty());
        drafts.attach(citizen, draft.id(), "desain", "desain.pdf", ApplicationFixture.PDF);

        Counter submit = count(() -> applications.submit(citizen, draft.id()));
        ApplicationView submitted = applications.find(citizen, draft.id()).orElseThrow();
        UUID step = submitted.steps().getFirst().id();
        Viewer officer = city.officer("dpupr");
        caseWork.claim(officer, step);
        Counter approve = count(() -> caseWork.approve(officer, step, Optional.empty()));

        System.out.println("SUBMIT-STATEMENTS submit: " + submit + "; approve (opens the next stage): " + approve);
        assertThat(submit.transactions()).isEqualTo(1);
        assertThat(submit.statements).isLessThanOrEqualTo(12); // 18 statements in 4 transactions before the aggregate
        assertThat(approve.transactions()).isEqualTo(1);
    }

    private static Counter count(Supplier<?> work) {
        Counter counter = new Counter();
        CURRENT.set(counter);
        try {
            work.get();
        } finally {
            CURRENT.remove();
        }
        return counter;
    }

    static final ThreadLocal<Counter> CURRENT = new ThreadLocal<>();

    static final class Counter {
        int statements;
        int batchedRows;
        int commits;
        int outsideTransactions;

        int transactions() {
            return commits + outsideTransactions;
        }

        @Override
        public String toString() {
            return statements + " statements (" + batchedRows + " rows in batches), " + transactions() + " transaction(s)";
        }
    }

    /** Wraps the pool so that every connection counts what the calling thread sends through it. */
    @TestConfiguration
    static class Counting {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof DataSource target)) {
                        return bean;
                    }
                    return Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[]{DataSource.class},
                            (proxy, method, args) -> {
                                Object result = invoke(target, method, args);
                                return result instanceof Connection connection ? connection(connection) : result;
                            });
                }
            };
        }

        private static Connection connection(Connection target) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                    (proxy, method, args) -> {
                        Counter counter = CURRENT.get();
                        if (counter != null && method.getName().equals("commit")) {
                            counter.commits++;
                        }
                        Object result = invoke(target, method, args);
                        if (result instanceof PreparedStatement statement) {
                            return statement(statement, PreparedStatement.class, target);
                        }
                        return result instanceof Statement statement ? statement(statement, Statement.class, target) : result;
                    });
        }

        private static Object statement(Statement target, Class<?> type, Connection connection) {
            return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (proxy, method, args) -> {
                Counter counter = CURRENT.get();
                if (counter != null) {
                    if (method.getName().equals("addBatch")) {
                        counter.batchedRows++;
                    } else if (method.getName().startsWith("execute")) {
                        counter.statements++;
                        if (connection.getAutoCommit()) {
                            counter.outsideTransactions++;
                        }
                    }
                }
                return invoke(target, method, args);
            });
        }

        private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
