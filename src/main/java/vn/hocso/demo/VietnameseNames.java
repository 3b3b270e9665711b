package vn.hocso.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import vn.hocso.platform.text.VietnameseText;

/**
 * Generator of realistic Vietnamese personal names and citizen identity numbers for the demo data: family names follow
 * their approximate share of the population (Nguyễn about 38 %), middle and given names depend on gender, and
 * national ids have the CCCD layout of someone registered in Ho Chi Minh City. Deterministic for a given
 * {@link Random}; the national ids it returns are unique.
 */
public final class VietnameseNames {

    /** Province code of Ho Chi Minh City, the first three digits of its citizens' CCCD numbers. */
    private static final String HCMC_PROVINCE = "079";

    /** Family names with their approximate share of the population, in per cent. */
    private static final WeightedList FAMILY = WeightedList.parse("""
            Nguyễn:38 Trần:11 Lê:9.5 Phạm:7 Huỳnh:4.5 Hoàng:1.5 Phan:4.5 Võ:4 Vũ:2 Đặng:2 Bùi:2 Đỗ:1.4 Hồ:1.3
            Ngô:1.3 Dương:1 Lý:0.6 Trương:1.2 Đinh:0.6 Lâm:0.7 Mai:0.5 Tô:0.3 Tạ:0.3 Châu:0.4""");

    private static final WeightedList FEMALE_MIDDLE = WeightedList.parse("""
            Thị:40 Ngọc:9 Thu:6 Thanh:6 Kim:5 Mỹ:4 Bích:4 Hồng:4 Minh:4 Phương:4 Thùy:4 Hoài:3 Diệu:3 Bảo:2""");

    private static final WeightedList MALE_MIDDLE = WeightedList.parse("""
            Văn:35 Hữu:6 Minh:8 Quốc:7 Đức:6 Thanh:6 Công:5 Hoàng:5 Tuấn:4 Gia:4 Anh:4 Trọng:4 Nhật:3 Xuân:3""");

    private static final WeightedList FEMALE_GIVEN = WeightedList.parse("""
            Lan Hương Mai Hạnh Thảo Trang Ngân Linh Nhung Vy Hoa Yến Hằng Tuyết Thủy Diễm Uyên Quyên Trâm Ánh
            Hà Loan Phượng Thư Nhi Oanh Dung Hiền Tâm Giang""");

    private static final WeightedList MALE_GIVEN = WeightedList.parse("""
            Hùng Dũng Tuấn Minh Long Nam Phúc Khoa Hải Sơn Thắng Trí Nghĩa Bảo Huy Khánh Vinh Tài Đạt Lộc
            Quang Thành Tùng Phong Hiếu Cường Nhân Thịnh Toàn Duy""");

    /** A generated name: family, middle and given name, and the gender the middle and given names were chosen for. */
    public record Name(String family, String middle, String given, boolean female) {

        /** The full name in Unicode NFC, family name first ("Nguyễn Thị Mai"). */
        public String fullName() {
            return VietnameseText.nfc(family + " " + middle + " " + given);
        }

        /** ASCII e-mail local part without a serial: given name, a dot, family and middle name ("mai.nguyenthi"). */
        public String emailStem() {
            return VietnameseText.searchKey(given).replace(" ", "") + "."
                    + VietnameseText.searchKey(family + middle).replace(" ", "");
        }
    }

    private final Random random;
    private final Set<String> nationalIds = new HashSet<>();

    /** A generator drawing from the given source of randomness. */
    public VietnameseNames(Random random) {
        this.random = random;
    }

    /** A random name for a woman ({@code female}) or a man; the given name never repeats the middle name. */
    public Name next(boolean female) {
        String family = FAMILY.pick(random);
        String middle = (female ? FEMALE_MIDDLE : MALE_MIDDLE).pick(random);
        String given;
        do {
            given = (female ? FEMALE_GIVEN : MALE_GIVEN).pick(random);
        } while (given.equals(middle));
        return new Name(family, middle, given, female);
    }

    /** Marks a national id as used, so that {@link #nationalId} never returns it. */
    public void reserve(String nationalId) {
        nationalIds.add(nationalId);
    }

    /**
     * A new 12-digit CCCD-style number: {@code 079} (HCMC), a digit for gender and century of birth (0 man and 1 woman
     * born 19xx, 2 and 3 born 20xx), the two-digit birth year and six random digits, unique among those returned or
     * reserved. The six digits never start with 0, which leaves the low serials free for hand-made records.
     */
    public String nationalId(boolean female, int birthYear) {
        int genderCentury = (birthYear >= 2000 ? 2 : 0) + (female ? 1 : 0);
        String prefix = String.format("%s%d%02d", HCMC_PROVINCE, genderCentury, birthYear % 100);
        String id;
        do {
            id = prefix + (100_000 + random.nextInt(900_000));
        } while (!nationalIds.add(id));
        return id;
    }

    /** Words with relative weights, picked at random in proportion to their weight. */
    private static final class WeightedList {

        private final List<String> words = new ArrayList<>();
        private final List<Double> cumulative = new ArrayList<>();
        private double total;

        /** Parses white-space-separated {@code word:weight} items; a word without a weight has weight 1. */
        static WeightedList parse(String spec) {
            WeightedList list = new WeightedList();
            for (String item : VietnameseText.nfc(spec).split(" ")) {
                int colon = item.indexOf(':');
                double weight = colon < 0 ? 1 : Double.parseDouble(item.substring(colon + 1));
                list.total += weight;
                list.words.add(colon < 0 ? item : item.substring(0, colon));
                list.cumulative.add(list.total);
            }
            return list;
        }

        String pick(Random random) {
            double target = random.nextDouble() * total;
            for (int i = 0; i < words.size(); i++) {
                if (target < cumulative.get(i)) {
                    return words.get(i);
                }
            }
            return words.get(words.size() - 1);
        }
    }
}
