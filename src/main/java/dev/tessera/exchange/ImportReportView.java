package dev.tessera.exchange;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dev.tessera.translation.ImportReport;

/** What an XLIFF import did: its counts, the conflicts (each linked to its segment in the editor), the refusals. */
class ImportReportView extends Div {

    ImportReportView(ImportReport report, long documentId, String locale) {
        addClassName("import-report-view");
        add(new Paragraph(
                count(
                        "import-updated",
                        report.updated(),
                        getTranslation("exchange.import-report-view.updated", report.updated())),
                new Span(" · "),
                count(
                        "import-unchanged",
                        report.unchanged(),
                        getTranslation("exchange.import-report-view.unchanged", report.unchanged())),
                new Span(" · "),
                count(
                        "import-approved",
                        report.approved(),
                        getTranslation("exchange.import-report-view.approved", report.approved()))));
        if (!report.conflicts().isEmpty()) {
            UnorderedList conflicts = new UnorderedList();
            conflicts.setId("import-conflicts");
            for (ImportReport.Conflict conflict : report.conflicts()) {
                String href = "documents/" + documentId + "/" + locale + "?segment=" + conflict.segmentId();
                Anchor segment = new Anchor(
                        href,
                        // An id, not a quantity: no digit grouping.
                        getTranslation("exchange.import-report-view.segment", String.valueOf(conflict.segmentId())));
                conflicts.add(new ListItem(
                        segment,
                        new Span(getTranslation(
                                "exchange.import-report-view.conflict-reason",
                                conflict.reason().shown()))));
            }
            add(new H4(getTranslation("exchange.import-report-view.conflicts")), conflicts);
        }
        if (!report.refused().isEmpty()) {
            UnorderedList refused = new UnorderedList();
            refused.setId("import-refused");
            report.refused()
                    .forEach(refusal -> refused.add(new ListItem(getTranslation(
                            "exchange.import-report-view.refusal",
                            refusal.unitId(),
                            refusal.reason().shown()))));
            add(new H4(getTranslation("exchange.import-report-view.refused")), refused);
        }
    }

    private static Span count(String id, int value, String text) {
        Span span = new Span(text);
        span.setId(id);
        span.getElement().setAttribute("data-count", String.valueOf(value));
        return span;
    }
}
