package dev.techgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreSettingsTest {

    @Test
    void shouldKeepTransactionLogsBrieflyByDefault() {
        assertThat(StoreSettings.txLogRetention(Map.of())).isEqualTo("100M size");
    }

    @Test
    void shouldTakeARetentionInNeo4jsForm() {
        assertThat(StoreSettings.txLogRetention(Map.of("TECHGRAPH_TX_LOG_RETENTION", " 2 files "))).isEqualTo("2 files");
        assertThat(StoreSettings.txLogRetention(Map.of("TECHGRAPH_TX_LOG_RETENTION", "keep_none"))).isEqualTo("keep_none");
    }

    @Test
    void shouldRefuseARetentionNeo4jWouldNotUnderstand() {
        assertThatThrownBy(() -> StoreSettings.txLogRetention(Map.of("TECHGRAPH_TX_LOG_RETENTION", "two days")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TECHGRAPH_TX_LOG_RETENTION").hasMessageContaining("two days");
    }
}
