package vn.hocso.reporting.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Consumer;
import vn.hocso.org.model.OrgUnit;
import vn.hocso.platform.text.CsvCell;
import vn.hocso.reporting.model.PlanTarget;
import vn.hocso.reporting.persistence.UntrainedPeople;

/** The "not yet trained" list of a target in a unit as a CSV download (UTF-8 with BOM, Vietnamese headers). */
final class UntrainedCsv {

    private static final String HEADER = "ma_dinh_danh,ho_ten,email,chuc_vu,ma_don_vi,don_vi,cap_hoc,loai_hinh\r\n";

    private UntrainedCsv() {
    }

    /** A 200 response streaming every row that {@code rows} sends to its sink. */
    static Response response(PlanTarget target, OrgUnit unit, LocalDate asOf,
            Consumer<Consumer<UntrainedPeople.Row>> rows) {
        StreamingOutput body = out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write('\ufeff');
            w.write(HEADER);
            rows.accept(r -> {
                try {
                    w.write(String.join(",", CsvCell.of(r.nationalId()), CsvCell.of(r.fullName()),
                            CsvCell.of(r.email()), CsvCell.of(r.position()), CsvCell.of(r.unitCode()),
                            CsvCell.of(r.unitName()), CsvCell.of(r.schoolLevel()), CsvCell.of(r.ownership())));
                    w.write("\r\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            w.flush();
        };
        String name = "chua-dat-" + target.code + "-" + unit.code + "-" + asOf + ".csv";
        return Response.ok(body, "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
