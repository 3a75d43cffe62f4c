package id.satupintu.organisation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Pins down which idempotent-insert SQL runs on both databases (H2 2.x in PostgreSQL mode and PostgreSQL):
 * {@code ON CONFLICT DO NOTHING} without a conflict target does; with a target, or {@code DO UPDATE}, H2 refuses.
 */
@SpringBootTest
class OnConflictDoNothingTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void insertOnConflictDoNothingSkipsDuplicatesAndKeepsTheTransactionUsable() {
        String table = "tmp_conflict_" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("create table " + table + " (tenant_id varchar(5) not null, code varchar(20) not null, "
                + "name varchar(20), primary key (tenant_id, code))").update();
        try {
            int[] counts = transactions.execute(status -> new int[]{
                    jdbc.sql("insert into " + table + " values ('91.01', 'a', 'first') on conflict do nothing").update(),
                    jdbc.sql("insert into " + table + " values ('91.01', 'a', 'second') on conflict do nothing").update(),
                    jdbc.sql("insert into " + table + " values ('91.01', 'b', 'x'), ('91.01', 'a', 'y') on conflict do nothing").update(),
                    jdbc.sql("select count(*) from " + table).query(Integer.class).single()});

            assertThat(counts).containsExactly(1, 0, 1, 2);
            assertThat(jdbc.sql("select name from " + table + " where code = 'a'").query(String.class).single())
                    .isEqualTo("first");
        } finally {
            jdbc.sql("drop table " + table).update();
        }
    }

    @Test
    void aConflictTargetOrDoUpdateIsPostgresqlOnly() throws SQLException {
        String table = "tmp_conflict_" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("create table " + table + " (code varchar(20) primary key, name varchar(20))").update();
        try (Connection connection = dataSource.getConnection()) {
            boolean h2 = connection.getMetaData().getDatabaseProductName().contains("H2");
            String targeted = "insert into " + table + " values ('a', 'x') on conflict (code) do nothing";
            String upsert = "insert into " + table + " values ('a', 'y') on conflict (code) do update set name = excluded.name";
            if (h2) {
                assertThatThrownBy(() -> jdbc.sql(targeted).update()).isInstanceOf(BadSqlGrammarException.class);
                assertThatThrownBy(() -> jdbc.sql(upsert).update()).isInstanceOf(BadSqlGrammarException.class);
            } else {
                assertThat(jdbc.sql(targeted).update()).isEqualTo(1);
                assertThat(jdbc.sql(upsert).update()).isEqualTo(1);
            }
        } finally {
            jdbc.sql("drop table " + table).update();
        }
    }
}
