package nnbasics.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nnbasics.charts.NetworkDiagram.Edge;
import nnbasics.charts.NetworkDiagram.EdgeKind;
import nnbasics.charts.NetworkDiagram.NodeKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The network diagram with a hidden column ("enter the matrix"): its nodes, edges, colours and matrices. */
class HiddenNetworkDiagramTest {

    private static final double[][] W1 = {{-1.386, 0.0782, 8.1485, 7.917}, {-0.8781, 1.1142, 0.1773, -2.8075}};
    private static final double[] B1 = {2.6124, 1.8621, 3.9489, 4.7351};
    private static final double[][] W2 = {{-3.8741, 4.0331}, {-1.4747, 1.4938}, {-4.7951, 4.7651}, {4.6707, -5.4647}};
    private static final double[] B2 = {0.0817, -0.0817};

    @BeforeAll
    static void headless() {
        ChartAssertions.headless();
    }

    private static NetworkDiagram diagram() {
        return NetworkDiagram.withHiddenLayer(2, 4, "tanh", 2).withNames(List.of("area", "bathrooms"),
                List.of("bad", "good")).withLayers(W1, B1, W2, B2);
    }

    @Test
    void hasAHiddenColumnBetweenTheInputsAndTheLogits() {
        NetworkDiagram d = diagram();
        assertEquals("2 features → 4 tanh units → 2 classes: 16 weights + 6 biases = 22 parameters", d.caption());
        assertEquals("h = tanh(x·W₁ + b₁),   z = h·W₂ + b₂,   y = softmax(z)", d.formula());
        assertEquals(4, d.nodes().stream().filter(n -> n.kind() == NodeKind.HIDDEN).count());
        assertEquals(4, d.nodes().stream().filter(n -> n.kind() == NodeKind.HIDDEN_BIAS).count());
        double input = d.nodes().stream().filter(n -> n.kind() == NodeKind.INPUT).findFirst().orElseThrow().x();
        double hidden = d.nodes().stream().filter(n -> n.kind() == NodeKind.HIDDEN).findFirst().orElseThrow().x();
        double logit = d.nodes().stream().filter(n -> n.kind() == NodeKind.LOGIT).findFirst().orElseThrow().x();
        assertTrue(input < hidden && hidden < logit, "inputs, hidden units, logits from left to right");
        assertEquals(8, d.edges().stream().filter(e -> e.kind() == EdgeKind.HIDDEN_WEIGHT).count(), "2 × 4 in W1");
        assertEquals(8, d.edges().stream().filter(e -> e.kind() == EdgeKind.WEIGHT).count(), "4 × 2 in W2");
        assertEquals(4, d.edges().stream().filter(e -> e.kind() == EdgeKind.HIDDEN_BIAS).count());
    }

    @Test
    void edgesAreColouredByTheirWeightsSign() {
        NetworkDiagram d = diagram();
        for (Edge e : d.edges()) {
            if (e.kind() == EdgeKind.HIDDEN_WEIGHT) {
                assertEquals(W1[e.from()][e.to()] < 0 ? ChartStyle.BAD : ChartStyle.HAND, d.edgeColor(e));
                assertEquals(1 + 3 * Math.abs(W1[e.from()][e.to()]) / 8.1485, d.edgeWidth(e), 1e-12);
            } else if (e.kind() == EdgeKind.WEIGHT) {
                assertEquals(W2[e.from()][e.to()] < 0 ? ChartStyle.BAD : ChartStyle.HAND, d.edgeColor(e));
            }
        }
    }

    @Test
    void theMatricesListEveryWeightAndBiasWithItsSign() {
        List<NetworkDiagram.Text> lines = diagram().matrices();
        List<String> texts = lines.stream().map(NetworkDiagram.Text::text).toList();
        assertTrue(texts.contains("W₁ (2 × 4): input → hidden unit; b₁"), texts.toString());
        assertTrue(texts.contains("W₂ (4 × 2): hidden unit → class; b₂"), texts.toString());
        assertEquals(2 * 4 + 4 + 4 * 2 + 2, lines.stream().filter(t -> t.sign() != 0).count(), "every number once");
        assertTrue(texts.contains("8.149") && texts.contains("−5.465") && texts.contains("0.0817"),
                "four significant digits, a real minus sign: " + texts);
        assertTrue(lines.stream().filter(t -> t.text().equals("−5.465")).allMatch(t -> t.sign() < 0));
        assertTrue(NetworkDiagram.withHiddenLayer(2, 4, "tanh", 2).matrices().isEmpty(), "no values, no tables");
    }

    @Test
    void rendersBothWaysAndTheMatricesFitInside() {
        NetworkDiagram d = diagram();
        java.awt.image.BufferedImage image = d.toImage();
        assertEquals(d.width(), image.getWidth());
        ChartAssertions.assertNotBlank(image);
        for (NetworkDiagram.Text t : d.matrices()) {
            assertTrue(t.y() < d.height() && t.x() < d.width(), "inside the picture: " + t);
        }
        String svg = d.toSvg();
        assertEquals(8, svg.split("class=\"hidden-weight\"").length - 1);
        assertEquals(4, svg.split("class=\"hidden\" ").length - 1);
        assertTrue(svg.contains(">tanh</text>") && svg.contains(">−5.465</text>"));
    }

    @Test
    void shapesThatDoNotFitAreRefused() {
        // a hidden-layer diagram has no withValues(W, b) and a softmax diagram no withLayers: the types say so
        HiddenLayerDiagram bare = NetworkDiagram.withHiddenLayer(2, 4, "tanh", 2);
        assertThrows(IllegalArgumentException.class, () -> bare.withLayers(W2, B1, W2, B2));
        assertThrows(IllegalArgumentException.class, () -> NetworkDiagram.withHiddenLayer(2, 0, "tanh", 2));
    }
}
