import java.io.BufferedWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Generates a staff file for bench/staff-import.sh over the demo institutions (src/main/resources/demo/
 * institutions.txt, codes numbered as DemoDataLoader does): deterministic Vietnamese names, unique national ids and
 * e-mails, the institution's school level and ownership, Vietnamese headers.
 *
 *   java -cp fastexcel.jar:opczip.jar StaffFileGen.java <csv|xlsx> <rows> <first national id> <out file>
 */
public class StaffFileGen {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Ngọc", "Thanh", "Hoàng", "Quốc", "Thu", "Hữu"};
    private static final String[] GIVEN = {"An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hùng", "Lan", "Linh", "Mai",
            "Nam", "Nhung", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vy", "Yến"};
    private static final String[] POSITIONS = {"GV", "GV", "GV", "GV", "GV", "GV", "TTCM", "CBQL", "NV", "IT"};
    private static final String[] SUBJECTS = {"Toán", "Ngữ văn", "Tiếng Anh", "Vật lý", "Hóa học", "Tin học", ""};

    record Unit(String code, String level, String ownership) {
    }

    public static void main(String[] args) throws Exception {
        String format = args[0];
        int rows = Integer.parseInt(args[1]);
        long firstId = Long.parseLong(args[2]);
        Path out = Path.of(args[3]);
        List<Unit> units = units(Path.of("src/main/resources/demo/institutions.txt"));
        Random random = new Random(42);
        List<String[]> data = new ArrayList<>(rows + 1);
        data.add(new String[] {"Mã định danh", "Họ và tên", "Email", "Chức vụ", "Mã đơn vị", "Cấp học", "Loại hình",
                "Môn"});
        for (int i = 0; i < rows; i++) {
            String id = String.format("%012d", firstId + i);
            Unit u = units.get(random.nextInt(units.size()));
            String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                    + GIVEN[random.nextInt(GIVEN.length)];
            String position = POSITIONS[random.nextInt(POSITIONS.length)];
            data.add(new String[] {id, name, "gv" + id + "@bench.hocso.vn", position, u.code(), u.level(),
                    u.ownership().equals("PUBLIC") ? "Công lập" : "Ngoài công lập",
                    position.equals("GV") ? SUBJECTS[random.nextInt(SUBJECTS.length)] : ""});
        }
        if (format.equals("csv")) {
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                w.write('\uFEFF');
                for (String[] row : data) {
                    w.write(String.join(";", row));
                    w.write("\r\n");
                }
            }
        } else {
            try (OutputStream os = Files.newOutputStream(out)) {
                Workbook wb = new Workbook(os, "HocSo bench", "1.0");
                Worksheet ws = wb.newWorksheet("Nhân sự");
                for (int r = 0; r < data.size(); r++) {
                    for (int c = 0; c < data.get(r).length; c++) {
                        ws.value(r, c, data.get(r)[c]);
                    }
                    if (r % 10_000 == 0) {
                        ws.flush();
                    }
                }
                wb.finish();
            }
        }
        System.out.printf("%s: %d rows over %d institutions, %d bytes%n", out, rows, units.size(), Files.size(out));
    }

    /** The demo institutions with the codes DemoDataLoader gives them (<DISTRICT>-<LEVEL>-<NN>, CHUYEN_BIET -> CB). */
    static List<Unit> units(Path file) throws Exception {
        List<Unit> units = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|");
            String level = f[1].equals("CHUYEN_BIET") ? "CB" : f[1];
            int n = numbers.merge(f[0] + "-" + level, 1, Integer::sum);
            units.add(new Unit(String.format("%s-%s-%02d", f[0], level, n), f[1], f[2]));
        }
        return units;
    }
}
