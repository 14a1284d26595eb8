package org.communique.web;

import org.communique.drafting.Drafting;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-off history as Akoma Ntoso: well-formed whatever the names hold, every step's people declared. */
class AknWorkflowTest {
    static final String HOSTILE = "O'Brien & \"Sons\" <script>\u0001";

    static Element parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }

    static List<Element> all(Element in, String name) {
        NodeList nodes = in.getElementsByTagNameNS(AknDocument.NS, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) out.add((Element) nodes.item(i));
        return out;
    }

    @Test
    void eachStepNamesItsPersonAndRoleAndTheNamesComeBackAsWritten() throws Exception {
        List<Drafting.Step> steps = List.of(new Drafting.Step("2024-06-02T10:00:00Z", HOSTILE, "KZ editor", "drafted", 1),
                new Drafting.Step("2024-06-03T11:00:00Z", "ed", "US editor", "approved", 1),
                new Drafting.Step("2024-06-04T12:00:00Z", HOSTILE, "KZ editor", "voided", null));
        Element root = parse(AknWorkflow.of(new Drafting.Draft(7, "Joint Statement <draft> & more", List.of(), 1, "",
                List.of(), steps, false)));

        assertThat(root.getNamespaceURI()).isEqualTo(AknDocument.NS);
        assertThat(root.getLocalName()).isEqualTo("akomaNtoso");
        List<Element> written = all(root, "step");
        assertThat(written).extracting(e -> e.getAttribute("outcome")).containsExactly("drafted", "approved", "voided");
        assertThat(written).extracting(e -> e.getAttribute("date")).containsExactly("2024-06-02", "2024-06-03", "2024-06-04");
        assertThat(written).extracting(e -> e.getAttribute("refersTo")).containsExactly("#v1", "#v1", "#v");
        List<String> people = all(root, "TLCPerson").stream().map(e -> "#" + e.getAttribute("eId")).toList();
        List<String> roles = all(root, "TLCRole").stream().map(e -> "#" + e.getAttribute("eId")).toList();
        assertThat(people).hasSize(2);
        assertThat(roles).hasSize(2);
        assertThat(written).allSatisfy(e -> {
            assertThat(people).contains(e.getAttribute("by"));
            assertThat(roles).contains(e.getAttribute("as"));
        });
        assertThat(all(root, "TLCPerson")).extracting(e -> e.getAttribute("showAs"))
                .containsExactly("O'Brien & \"Sons\" <script>", "ed");
        assertThat(all(root, "mainBody").get(0).getTextContent()).isEqualTo("Joint Statement <draft> & more");
        assertThat(all(root, "FRBRuri").get(0).getAttribute("value")).isEqualTo("/akn/statement/plan-7");
        assertThat(all(root, "FRBRdate").get(0).getAttribute("date")).isEqualTo("2024-06-02");
    }

    @Test
    void aDraftWithoutStepsIsStillADocument() throws Exception {
        Element root = parse(AknWorkflow.of(new Drafting.Draft(1, "Title", List.of(), 0, "", List.of(), List.of(), false)));
        assertThat(all(root, "workflow")).hasSize(1);
        assertThat(all(root, "step")).isEmpty();
        assertThat(all(root, "FRBRdate").get(0).getAttribute("date")).isEqualTo("1970-01-01");
    }
}
