package io.drift.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetadataReaderTest {

    @Test
    void names_are_cut_to_63_bytes_as_postgresql_cuts_them() {
        String ascii = "a".repeat(70);
        assertThat(MetadataReader.truncate(ascii)).hasSize(63);
        // 'é' is two bytes: 31 of them are 62 bytes, a 32nd would be cut in half
        String accents = "é".repeat(40);
        assertThat(MetadataReader.truncate(accents)).isEqualTo("é".repeat(31));
        assertThat(MetadataReader.truncate("orders")).isEqualTo("orders");
    }
}
