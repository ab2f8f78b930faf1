package org.slant.report.internal;

import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;

/**
 * JTE's contextual HTML escaping, with every value from the data first made {@link Safe#inert}: one
 * place that sees all of it, so no template can forget.
 */
final class InertHtmlOutput extends OwaspHtmlTemplateOutput {
    InertHtmlOutput(TemplateOutput out) {
        super(out);
    }

    @Override
    public void writeUserContent(String value) {
        super.writeUserContent(Safe.inert(value));
    }
}
