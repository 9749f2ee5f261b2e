package io.drift.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.drift.core.DriftException;
import io.drift.core.diff.Severity;
import io.drift.core.report.TextRenderer;
import io.drift.core.spi.ReportRenderer;
import io.drift.reporting.internal.JsonRenderer;

import org.junit.jupiter.api.Test;

class RenderersTest {

    @Test
    void finds_the_built_in_formats_by_name() {
        assertThat(Renderers.find("text")).get().isInstanceOf(TextRenderer.class);
        assertThat(Renderers.find("json")).get().isInstanceOf(JsonRenderer.class);
        assertThat(Renderers.require("json").format()).isEqualTo("json");
    }

    @Test
    void each_built_in_format_has_its_own_accessor_and_is_found_by_its_name() {
        for (ReportRenderer renderer : new ReportRenderer[] {Renderers.text(), Renderers.json(), Renderers.markdown(),
                Renderers.html(), Renderers.junit(), Renderers.sarif()}) {
            assertThat(Renderers.require(renderer.format())).isInstanceOf(renderer.getClass());
        }
        assertThat(Renderers.markdown().fileExtension()).isEqualTo("md");
        assertThat(Renderers.html().fileExtension()).isEqualTo("html");
        assertThat(Renderers.junit().fileExtension()).isEqualTo("xml");
        assertThat(Renderers.sarif().fileExtension()).isEqualTo("sarif");
    }

    @Test
    void names_match_ignoring_case_and_surrounding_blanks() {
        assertThat(Renderers.find(" JSON ")).get().isInstanceOf(JsonRenderer.class);
    }

    @Test
    void a_tool_adds_a_format_through_meta_inf_services() {
        assertThat(Renderers.formats()).containsExactly("html", "json", "junit", "markdown", "paths", "sarif", "text");
        ReportRenderer paths = Renderers.require("paths");
        assertThat(Render.render("paths", SampleDiffs.diff(SampleDiffs.missingColumn("users", "email",
                Severity.ERROR)), SampleDiffs.CONTEXT)).isEqualTo("public.users.email\n");
        assertThat(paths).isInstanceOf(PathListRenderer.class);
    }

    @Test
    void unknown_format_is_empty_or_an_invalid_argument_naming_the_known_ones() {
        assertThat(Renderers.find("xml")).isEmpty();
        DriftException e = catchThrowableOfType(DriftException.class, () -> Renderers.require("xml"));
        assertThat(e.reason()).isEqualTo(DriftException.Reason.INVALID_ARGUMENT);
        assertThat(e).hasMessageStartingWith("Unknown report format 'xml'. Use one of: html, json, junit, markdown,"
                + " paths, sarif, text");
    }
}
