package nnbasics.explore;

import java.awt.Dimension;
import java.awt.Insets;
import javax.swing.JLabel;
import javax.swing.plaf.basic.BasicHTML;
import javax.swing.text.View;

/**
 * An HTML label whose preferred height is that of its text wrapped at its parent's width: a plain HTML label asks
 * for one line's height, so in a column of rows its second and third lines are cut off.
 */
final class WrappingLabel extends JLabel {

    WrappingLabel() {
        super(" ");
    }

    @Override
    public Dimension getPreferredSize() {
        Dimension one = super.getPreferredSize();
        View view = (View) getClientProperty(BasicHTML.propertyKey);
        if (view == null || getParent() == null || getParent().getWidth() <= 0) {
            return one;
        }
        Insets parent = getParent().getInsets();
        Insets own = getInsets();
        int width = getParent().getWidth() - parent.left - parent.right;
        view.setSize(Math.max(1, width - own.left - own.right), 0);
        int height = (int) Math.ceil(view.getPreferredSpan(View.Y_AXIS)) + own.top + own.bottom;
        return new Dimension(Math.min(one.width, width), height);
    }

    @Override
    public Dimension getMaximumSize() {
        return new Dimension(Integer.MAX_VALUE, getPreferredSize().height);
    }
}
