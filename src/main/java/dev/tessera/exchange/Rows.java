package dev.tessera.exchange;

import dev.tessera.translation.ExportRow;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;

/** A document's rows in order, read a page at a time as they are written. */
final class Rows implements Iterator<ExportRow> {

    private final IntFunction<List<ExportRow>> pageAfter;
    private List<ExportRow> page = List.of();
    private int index;
    private int lastPosition;
    private boolean done;

    /** @param pageAfter the rows after a position, a page of them (empty at the end) */
    Rows(IntFunction<List<ExportRow>> pageAfter) {
        this.pageAfter = pageAfter;
    }

    @Override
    public boolean hasNext() {
        if (index < page.size()) {
            return true;
        }
        if (done) {
            return false;
        }
        page = pageAfter.apply(lastPosition);
        index = 0;
        done = page.isEmpty();
        return !done;
    }

    @Override
    public ExportRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ExportRow row = page.get(index++);
        lastPosition = row.position();
        return row;
    }
}
