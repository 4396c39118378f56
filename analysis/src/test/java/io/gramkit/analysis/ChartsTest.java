package io.gramkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.interpreter.RuleChanges;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.text.G2TextMeasurer;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextLine;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

/** The report's charts are legible: lines that show on white, rule names written out in full. */
class ChartsTest {

    @Test
    void everyDailyShareLineShowsOnWhite() {
        DailyShares shares = new DailyShares();
        for (int day = 0; day < 3; day++) {
            shares.onDay(day, new double[] {0, 0.02, 0.05}, new double[] {1.1, 0.99, 0.9});
        }
        JFreeChart chart = Charts.dailySharesChart(shares);
        for (int series = 0; series < 4; series++) {
            Paint paint = chart.getXYPlot().getRenderer().getSeriesPaint(series);
            assertThat(paint).as("series %d has a colour of its own", series).isInstanceOf(Color.class);
            // WCAG's 3:1 for graphics; JFreeChart's default yellow (255, 255, 85) has 1.1:1.
            assertThat(contrastOnWhite((Color) paint))
                    .as("contrast of series %d on white", series)
                    .isGreaterThanOrEqualTo(3.0);
        }
    }

    @Test
    void ruleNamesAreWrittenOutInFull() {
        List<RuleChanges> rules = List.of(
                new RuleChanges("Halt minting below full coverage", 169),
                new RuleChanges("Raise the redemption fee when the discount is wide", 192),
                new RuleChanges("Restore the base fee when the peg is back", 156),
                new RuleChanges("Redemption policy: when discount > 3% and cash share < 2% then fee 2%", 12));
        JFreeChart chart = Charts.ruleChangesChart(rules);
        BufferedImage image = new BufferedImage(Charts.WIDTH, Charts.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g2, new java.awt.Rectangle(Charts.WIDTH, 120 + 48 * rules.size()), info);
        // The label each category gets, as CategoryAxis lays it out when drawing (createLabel).
        CategoryAxis axis = chart.getCategoryPlot().getDomainAxis();
        float width = (float) (info.getPlotInfo().getDataArea().getWidth()
                * axis.getCategoryLabelPositions()
                        .getLabelPosition(RectangleEdge.LEFT)
                        .getWidthRatio());
        for (RuleChanges rule : rules) {
            TextBlock label = TextUtils.createTextBlock(
                    rule.rule(),
                    axis.getTickLabelFont(rule.rule()),
                    Color.BLACK,
                    width,
                    axis.getMaximumCategoryLabelLines(),
                    new G2TextMeasurer(g2));
            StringBuilder shown = new StringBuilder();
            for (Object line : label.getLines()) {
                shown.append(((TextLine) line).getFirstTextFragment().getText());
            }
            assertThat(shown.toString().replace(" ", "")).isEqualTo(rule.rule().replace(" ", ""));
        }
        g2.dispose();
    }

    private static double contrastOnWhite(Color colour) {
        return 1.05 / (luminance(colour) + 0.05);
    }

    private static double luminance(Color colour) {
        return 0.2126 * linear(colour.getRed())
                + 0.7152 * linear(colour.getGreen())
                + 0.0722 * linear(colour.getBlue());
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
