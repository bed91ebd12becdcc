package nnbasics.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class NetworkDiagramTest {

    /** The label boxes are 16 px high; 20 px apart (4 classes) leaves them apart. */
    private static final double LABEL_HEIGHT = 16;

    @BeforeAll
    static void headless() {
        ChartAssertions.headless();
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> withClass(Document svg, String tag, String cssClass) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (cssClass.equals(element.getAttribute("class"))) {
                found.add(element);
            }
        }
        return found;
    }

    @ParameterizedTest(name = "{0} features × {1} classes")
    @CsvSource({"1,2", "1,3", "1,4", "2,2", "2,3", "2,4", "3,2", "3,3", "3,4", "4,2", "4,3", "4,4"})
    void oneWeightEdgePerInputAndClassOneBiasPerClass(int features, int classes) throws Exception {
        NetworkDiagram diagram = NetworkDiagram.of(features, classes);
        String svg = diagram.toSvg();
        assertTrue(svg.startsWith("<svg"), "the SVG starts with <svg");
        Document document = parse(svg); // well-formed XML, or this throws

        List<Element> weights = withClass(document, "line", "weight");
        assertEquals(features * classes, weights.size(), "weight edges n·k");
        Set<String> pairs = new HashSet<>();
        for (Element weight : weights) {
            pairs.add(weight.getAttribute("data-from") + "→" + weight.getAttribute("data-to"));
        }
        assertEquals(features * classes, pairs.size(), "every (input, class) pair once");
        assertEquals(classes, withClass(document, "line", "bias-edge").size(), "bias edges");
        assertEquals(features, withClass(document, "circle", "input").size(), "input nodes");
        assertEquals(classes, withClass(document, "circle", "bias").size(), "bias nodes");
        assertEquals(classes, withClass(document, "circle", "output").size(), "output nodes");
        assertEquals(1, withClass(document, "rect", "softmax").size(), "one softmax block");

        long weightEdges = diagram.edges().stream().filter(e -> e.kind() == NetworkDiagram.EdgeKind.WEIGHT).count();
        assertEquals(features * classes, weightEdges, "weight edges in the layout");

        BufferedImage image = diagram.toImage();
        assertEquals(diagram.width(), image.getWidth(), "image width");
        assertEquals(diagram.height(), image.getHeight(), "image height");
        ChartAssertions.assertNotBlank(image);
    }

    @Test
    void theCaptionCountsTheParameters() {
        // the guide's explorer: n·k weights plus k biases
        assertEquals("2 features × 2 classes: 4 weights + 2 biases = 6 parameters", NetworkDiagram.of(2, 2).caption());
        assertEquals("1 feature × 3 classes: 3 weights + 3 biases = 6 parameters", NetworkDiagram.of(1, 3).caption());
    }

    @Test
    void valuesLabelTheEdgesWithoutOverlap() throws Exception {
        double[][] weights = new double[4][4];
        for (int j = 0; j < 4; j++) {
            for (int k = 0; k < 4; k++) {
                weights[j][k] = (j - k) * 0.25;
            }
        }
        NetworkDiagram diagram = NetworkDiagram.of(4, 4).withValues(weights, new double[] {1, -1, 0.5, 0});
        Document document = parse(diagram.toSvg());
        List<Element> boxes = withClass(document, "rect", "label-box");
        assertEquals(16, boxes.size(), "one label per weight");
        List<Double> tops = new ArrayList<>();
        for (Element box : boxes) {
            tops.add(Double.parseDouble(box.getAttribute("y")));
        }
        tops.sort(Double::compare);
        for (int i = 1; i < tops.size(); i++) {
            assertTrue(tops.get(i) - tops.get(i - 1) >= LABEL_HEIGHT,
                    "labels " + (i - 1) + " and " + i + " overlap: tops " + tops.get(i - 1) + " and " + tops.get(i));
        }
        assertTrue(diagram.edges().get(1).label().equals("w₁₂ = −0.25"), "label of w12: " + diagram.edges().get(1).label());
        ChartAssertions.assertNotBlank(diagram.toImage(2.0));
    }

    @Test
    void namesAreEscapedInTheSvg() throws Exception {
        NetworkDiagram diagram = NetworkDiagram.of(2, 2).withNames(List.of("area <sq ft>", "baths & co"), List.of("\"good\"", "bad"));
        Document document = parse(diagram.toSvg());
        assertTrue(document.getDocumentElement().getTextContent().contains("area <sq ft>"), "the name survives escaping");
    }

    @Test
    void rejectsShapesOutsideTheRange() {
        assertThrows(IllegalArgumentException.class, () -> NetworkDiagram.of(0, 2));
        assertThrows(IllegalArgumentException.class, () -> NetworkDiagram.of(2, NetworkDiagram.MAX_NODES + 1));
        assertThrows(IllegalArgumentException.class, () -> NetworkDiagram.of(2, 2).withValues(new double[2][3], new double[2]));
        assertThrows(IllegalArgumentException.class, () -> NetworkDiagram.of(2, 2).withNames(List.of("a"), List.of("b", "c")));
    }
}
