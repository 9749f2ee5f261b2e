package io.drift.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.diff.Changed;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.diff.Severity;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.core.report.RenderContext;

import java.io.StringReader;
import java.net.URL;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * JUnit XML validates against the schema Jenkins reads Ant/Surefire reports with ({@code junit-10.xsd} of the
 * jenkinsci/xunit-plugin, kept in test resources), and parses back to the names and text it was given.
 */
class JunitRendererTest {

    private static final RenderContext CHECKS = RenderContext.of("drift.yaml", "postgresql://db.example:5432/app");
    private static Schema xsd;

    @BeforeAll
    static void loadSchema() throws Exception {
        URL url = JunitRendererTest.class.getResource("/schemas/junit-10.xsd");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        xsd = factory.newSchema(url);
    }

    private static Document valid(String xml) throws Exception {
        xsd.newValidator().validate(new StreamSource(new StringReader(xml)));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void every_report_validates_against_the_surefire_schema() throws Exception {
        valid(FormatGoldenTest.render("junit", SampleDiffs.sample(), SampleDiffs.CONTEXT));
        valid(FormatGoldenTest.render("junit", SchemaDiff.empty(), SampleDiffs.CONTEXT));
        valid(FormatGoldenTest.render("junit", Hostile.diff(), Hostile.CONTEXT));
        valid(FormatGoldenTest.render("junit", SampleCheckReports.report(), CHECKS));
        valid(FormatGoldenTest.render("junit", Hostile.checkReport(), Hostile.CONTEXT));
    }

    @Test
    void each_check_is_a_test_case_failed_errored_or_skipped_as_it_went() throws Exception {
        Document doc = valid(FormatGoldenTest.render("junit", SampleCheckReports.report(), CHECKS));
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("tests")).isEqualTo("6");
        assertThat(suite.getAttribute("failures")).isEqualTo("2");
        assertThat(suite.getAttribute("errors")).isEqualTo("1");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        NodeList cases = doc.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(6);
        Element drift = (Element) cases.item(1);
        assertThat(drift.getAttribute("name")).isEqualTo("schema-drift");
        assertThat(drift.getAttribute("time")).isEqualTo("0.840");
        Element failure = (Element) drift.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("1 difference from schema/baseline.json");
        assertThat(failure.getTextContent()).contains("ERROR DRIFT-TABLE-MISSING public.security_detections")
                .contains("Apply the migration that creates it.");
        assertThat(((Element) cases.item(2)).getElementsByTagName("failure").getLength()).isZero();
        assertThat(((Element) cases.item(2)).getElementsByTagName("system-out").item(0).getTextContent())
                .contains("suppressed WARNING PG-FK-WITHOUT-INDEX public.import_2019.batch_id");
        assertThat(((Element) cases.item(3)).getElementsByTagName("error").item(0).getTextContent())
                .contains("java.lang.IllegalStateException: permission denied");
        assertThat(((Element) cases.item(4)).getElementsByTagName("skipped").getLength()).isEqualTo(1);
    }

    @Test
    void each_object_with_differences_is_a_failed_test_case() throws Exception {
        Document doc = valid(FormatGoldenTest.render("junit", SampleDiffs.sample(), SampleDiffs.CONTEXT));
        NodeList cases = doc.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(5);
        Element users = (Element) cases.item(4);
        assertThat(users.getAttribute("name")).isEqualTo("public.users");
        assertThat(users.getAttribute("classname")).isEqualTo("drift.diff.table");
        Element failure = (Element) users.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("error");
        assertThat(failure.getAttribute("message")).isEqualTo("5 differences: 2 errors, 2 warnings, 1 info");
        assertThat(failure.getTextContent()).contains("ERROR missing column public.users.email\n");
        Document empty = valid(FormatGoldenTest.render("junit", SchemaDiff.empty(), SampleDiffs.CONTEXT));
        assertThat(empty.getElementsByTagName("testcase").getLength()).isEqualTo(1);
        assertThat(empty.getElementsByTagName("failure").getLength()).isZero();
    }

    @Test
    void hostile_names_parse_back_as_the_same_text() throws Exception {
        Document doc = valid(FormatGoldenTest.render("junit", Hostile.diff(), Hostile.CONTEXT));
        NodeList cases = doc.getElementsByTagName("testcase");
        assertThat(((Element) cases.item(1)).getAttribute("name"))
                .isEqualTo(Hostile.IMG_TABLE.toString());
        assertThat(((Element) cases.item(0)).getAttribute("name")).isEqualTo(Hostile.SCRIPT_TABLE.toString());
        assertThat(cases.item(3).getTextContent()).contains(Hostile.LINK).contains("%%{init: {\"theme\"");
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(doc.getElementsByTagName("img").getLength()).isZero();
    }

    @Test
    void characters_xml_cannot_hold_are_written_visibly_and_the_document_stays_well_formed() throws Exception {
        String value = "nul\u0000 esc\u001B ffff\uFFFF lone\uD800 pair\uD83D\uDC64";
        String xml = FormatGoldenTest.render("junit", SampleDiffs.diff(new Changed(ObjectKind.COLUMN,
                ObjectPath.of("public", "t\u0007").child("c"), "comment", null, value, Severity.INFO)),
                new RenderContext("a\u0000", "b", false));
        Document doc = valid(xml);
        assertThat(doc.getElementsByTagName("failure").item(0).getTextContent())
                .contains("nul\\u0000 esc\\u001B ffff\\uFFFF lone\\uD800 pair\uD83D\uDC64");
        assertThat(((Element) doc.getElementsByTagName("testcase").item(0)).getAttribute("name"))
                .isEqualTo("public.t\\u0007");
    }
}
