package dev.filmgen.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.filmgen.store.jdbc.testing.TestDatabase;
import dev.filmgen.store.jdbc.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Creating the tables: instances starting together, and a database that already holds a host's tables. */
class SchemaTest {

    @Test
    void instancesStartingTogetherOnAnEmptySchemaMigrateOnce() throws Exception {
        TestDatabase db = TestPostgres.newDatabase("migrate");
        List<HikariDataSource> pools = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> fs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                HikariDataSource ds = db.dataSource(3);
                pools.add(ds);
                fs.add(pool.submit(() -> {
                    go.await();
                    JdbcFilmBackend.create(ds).migrate();
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : fs) {
                f.get(120, TimeUnit.SECONDS);
            }
            assertEquals(List.of("1", "2", "3"), column(pools.get(0),
                    "SELECT version FROM filmgen_schema_history WHERE success ORDER BY installed_rank"));
        } finally {
            pool.shutdownNow();
            pools.forEach(HikariDataSource::close);
        }
    }

    @Test
    void aDatabaseWithTheHostsOwnTablesGetsOursBesideThem() throws Exception {
        TestDatabase db = TestPostgres.newDatabase("host");
        try (HikariDataSource ds = db.dataSource(3)) {
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE orders (id int PRIMARY KEY)");
                st.execute("CREATE TABLE flyway_schema_history (installed_rank int)");
            }
            JdbcFilmBackend.create(ds).migrate();
            List<String> tables = column(ds, "SELECT table_name FROM information_schema.tables WHERE table_schema ="
                    + " current_schema() ORDER BY table_name");
            assertTrue(tables.containsAll(List.of("orders", "flyway_schema_history", "filmgen_session", "filmgen_task",
                    "filmgen_job", "filmgen_quota_slot")), tables.toString());
        }
    }

    private static List<String> column(HikariDataSource ds, String query) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
