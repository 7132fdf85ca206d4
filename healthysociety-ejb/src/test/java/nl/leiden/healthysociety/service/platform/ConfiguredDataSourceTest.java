package nl.leiden.healthysociety.service.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class ConfiguredDataSourceTest {

    @Test
    void driverFollowsFromTheUrl() throws SQLException {
        assertEquals("org.h2.Driver", ConfiguredDataSource.driverClassFor("jdbc:h2:file:/tmp/x"));
        assertEquals("org.postgresql.Driver", ConfiguredDataSource.driverClassFor("jdbc:postgresql://db/hs"));
    }

    @Test
    void otherDatabasesAreRefusedWithTheSettingToFix() {
        SQLException refused = assertThrows(SQLException.class,
                () -> ConfiguredDataSource.driverClassFor("jdbc:mysql://db/hs"));

        assertTrue(refused.getMessage().contains("healthysociety.db.url"), refused.getMessage());
    }

    @Test
    void messageTemplatesBecomeBundleKeys() {
        assertEquals("validation.required", CommandValidator.messageKey("{validation.required}"));
        assertEquals("literal text", CommandValidator.messageKey("literal text"));
    }
}
