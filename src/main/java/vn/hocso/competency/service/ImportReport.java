package vn.hocso.competency.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.web.DomainException;

/**
 * The faults found in an imported file, each with where it is (a JSON path such as {@code CFItems[3].fullStatement},
 * or {@code row 5: Parent id number} for CSV) and what is wrong, in the reader's language. A file with any fault is
 * refused as a whole: {@link #throwIfAny()} fails with a 422 listing them all.
 */
public final class ImportReport {

    /** Stop collecting after this many faults: the report stays readable and the request cheap. */
    static final int MAX_FAULTS = 200;

    private final List<DomainException.FieldError> faults = new ArrayList<>();

    /** Records a fault at {@code where}. */
    public void fault(String where, Function<AppMessages, String> message) {
        if (faults.size() < MAX_FAULTS) {
            faults.add(new DomainException.FieldError(where, message));
        }
    }

    /** Records a fault on a CSV row ({@code row} counts from 1, the header line). */
    public void rowFault(int row, String column, Function<AppMessages, String> message) {
        fault("row " + row + ": " + column, m -> m.framework_atRow(row, message.apply(m)));
    }

    public boolean isEmpty() {
        return faults.isEmpty();
    }

    /**
     * @throws DomainException 422 listing every fault, when there is any
     */
    public void throwIfAny() {
        if (!faults.isEmpty()) {
            int count = faults.size();
            throw new DomainException(422, m -> m.framework_invalidFile(count), faults);
        }
    }
}
