package dev.tessera.glossary;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;

/** After a glossary change: which segments now fail the glossary, which now pass, each a link into the editor. */
class AffectedDialog extends Dialog {

    AffectedDialog(List<AffectedSegment> affected) {
        setHeaderTitle(getTranslation("glossary.affected-dialog.title"));
        addClassName("affected-dialog");
        setWidth("min(50em, 95vw)");
        List<AffectedSegment> failing =
                affected.stream().filter(AffectedSegment::failing).toList();
        long passing = affected.size() - failing.size();
        H3 headline = new H3(headline(failing));
        headline.addClassName("affected-headline");
        add(headline);
        if (passing > 0) {
            Paragraph passes = new Paragraph(getTranslation("glossary.affected-dialog.passing", passing));
            passes.addClassName("affected-passing");
            add(passes);
        }
        Div list = new Div();
        list.addClassName("affected-list");
        for (AffectedSegment segment : affected) {
            String message = segment.failing()
                    ? String.join("; ", segment.messages())
                    : getTranslation("glossary.affected-dialog.passes-now");
            Anchor row = new Anchor(
                    segment.editorPath(),
                    getTranslation(
                            "glossary.affected-dialog.row",
                            segment.documentName(),
                            segment.position(),
                            segment.locale(),
                            message));
            row.addClassName("affected-row");
            row.getElement().setAttribute("data-failing", String.valueOf(segment.failing()));
            row.getStyle().set("display", "block");
            row.getElement().addEventListener("click", e -> close());
            list.add(row);
        }
        add(list);
        Button close = new Button(getTranslation("common.close"), e -> close());
        close.addClassName("close-affected");
        getFooter().add(close);
    }

    static void showIfAny(List<AffectedSegment> affected) {
        if (!affected.isEmpty()) {
            new AffectedDialog(affected).open();
        }
    }

    /** "14 segments in 2 documents now fail the glossary", or that none does. */
    static String headline(List<AffectedSegment> failing) {
        if (failing.isEmpty()) {
            return I18NProvider.translate("glossary.affected-dialog.none-failing");
        }
        long documents =
                failing.stream().map(AffectedSegment::documentId).distinct().count();
        return I18NProvider.translate("glossary.affected-dialog.failing", failing.size(), documents);
    }
}
