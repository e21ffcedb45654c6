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
                count("import-updated", report.updated(), "updated"),
                new Span(" · "),
                count("import-unchanged", report.unchanged(), "unchanged"),
                new Span(" · "),
                count("import-approved", report.approved(), "approved")));
        if (!report.conflicts().isEmpty()) {
            UnorderedList conflicts = new UnorderedList();
            conflicts.setId("import-conflicts");
            for (ImportReport.Conflict conflict : report.conflicts()) {
                Anchor segment = new Anchor(
                        "documents/" + documentId + "/" + locale + "?segment=" + conflict.segmentId(),
                        "Segment " + conflict.segmentId());
                conflicts.add(new ListItem(segment, new Span(": " + conflict.reason())));
            }
            add(new H4("Changed in Tessera since the export (not overwritten)"), conflicts);
        }
        if (!report.refused().isEmpty()) {
            UnorderedList refused = new UnorderedList();
            refused.setId("import-refused");
            report.refused().forEach(refusal -> refused.add(new ListItem(refusal.unitId() + ": " + refusal.reason())));
            add(new H4("Refused"), refused);
        }
    }

    private static Span count(String id, int value, String label) {
        Span span = new Span(value + " " + label);
        span.setId(id);
        span.getElement().setAttribute("data-count", String.valueOf(value));
        return span;
    }
}
