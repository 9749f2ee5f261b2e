package io.drift.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void password_query_parameter_is_masked() {
        assertThat(Redaction.redactUrl("jdbc:postgresql://h/db?password=x"))
                .isEqualTo("jdbc:postgresql://h/db?password=***");
    }

    @Test
    void password_parameter_is_masked_wherever_it_stands_and_however_it_is_spelled() {
        assertThat(Redaction.redactUrl("jdbc:postgresql://h/db?user=app&PASSWORD=s3cr%40t&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=app&PASSWORD=***&ssl=true");
        assertThat(Redaction.redactUrl("jdbc:postgresql://h/db?sslpassword=k&password=p"))
                .isEqualTo("jdbc:postgresql://h/db?sslpassword=***&password=***");
        assertThat(Redaction.redactUrl("jdbc:sqlserver://h;user=a;password=p;db=x"))
                .isEqualTo("jdbc:sqlserver://h;user=a;password=***;db=x");
    }

    @Test
    void user_info_password_is_masked_and_the_user_kept() {
        assertThat(Redaction.redactUrl("jdbc:postgresql://app:hunter2@db.example:5432/app"))
                .isEqualTo("jdbc:postgresql://app:***@db.example:5432/app");
        assertThat(Redaction.redactUrl("postgresql://app:p%40ss@h/db")).isEqualTo("postgresql://app:***@h/db");
    }

    @Test
    void a_url_without_password_is_unchanged() {
        assertThat(Redaction.redactUrl("jdbc:postgresql://app@h:5432/db?ssl=true"))
                .isEqualTo("jdbc:postgresql://app@h:5432/db?ssl=true");
    }

    @Test
    void url_inside_a_message_is_masked() {
        assertThat(Redaction.redactUrl("Cannot open jdbc:postgresql://h/db?password=x now"))
                .isEqualTo("Cannot open jdbc:postgresql://h/db?password=*** now");
    }

    @Test
    void known_secrets_are_masked_anywhere_in_text() {
        Redaction redaction = new Redaction();
        redaction.addSecret("hunter2");
        assertThat(redaction.redact("FATAL: password hunter2 is wrong")).isEqualTo("FATAL: password *** is wrong");
    }

    @Test
    void very_short_secrets_are_not_masked_literally_to_keep_messages_readable() {
        Redaction redaction = new Redaction();
        redaction.addSecret("a");
        assertThat(redaction.redact("a database")).isEqualTo("a database");
    }
}
