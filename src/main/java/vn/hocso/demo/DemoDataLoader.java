package vn.hocso.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jboss.logging.Logger;
import vn.hocso.identity.model.Role;
import vn.hocso.identity.model.RoleAssignment;
import vn.hocso.identity.model.UserAccount;
import vn.hocso.identity.persistence.UserAccountRepository;
import vn.hocso.identity.service.PasswordHasher;
import vn.hocso.org.model.Division;
import vn.hocso.org.model.OrgUnit;
import vn.hocso.org.model.OrgUnitKind;
import vn.hocso.org.model.Ownership;
import vn.hocso.org.model.Person;
import vn.hocso.org.model.SchoolLevel;
import vn.hocso.org.model.StaffPosition;
import vn.hocso.org.persistence.OrgUnitRepository;
import vn.hocso.org.persistence.PersonRepository;
import vn.hocso.org.service.PersonService;
import vn.hocso.platform.text.VietnameseText;

/**
 * Loads demo data at start-up when {@code hocso.demo.enabled=true} (see {@link DemoConfig}): HCMC's education
 * structure in miniature.
 *
 * <p>Under the existing city root {@code HCM} (the Sở) it creates seven districts ({@code Q01}, {@code Q03},
 * {@code QBT}, {@code QGV}, {@code TPTD}, {@code HCC}, {@code HCG}; {@code demo/districts.txt}) and about forty
 * institutions of every school level, public and non-public ({@code demo/institutions.txt}), coded
 * {@code <DISTRICT>-<LEVEL>-<NN>} ({@code Q01-TH-01} is Trường Tiểu học Trần Hưng Đạo, {@code Q03-THPT-01} Trường
 * THPT Lê Quý Đôn). It adds a few hundred staff with generated Vietnamese names to the institutions, to the Phòng
 * GD&amp;ĐT of each district and to the Sở, and gives each of them an account named after the local part of their
 * e-mail ({@code mai.nguyenthi.0042}) with the role LEARNER on their unit; about 3 % of them are inactive, and so are
 * their accounts.
 *
 * <p>Documented accounts, all with the password {@value #DEMO_PASSWORD}:
 * <ul>
 * <li>{@code admin}: ADMIN of the city {@code HCM};</li>
 * <li>{@code quantri.q1}: ADMIN of district {@code Q01};</li>
 * <li>{@code hieutruong}: principal Trần Văn Hùng, ADMIN and LEARNER of {@code Q01-TH-01};</li>
 * <li>{@code giangvien}: IT officer Lê Minh Khoa at the Sở, TRAINER and LEARNER of {@code HCM};</li>
 * <li>{@code kiemtra}: AUDITOR of {@code HCM};</li>
 * <li>{@code giaovien}: mathematics teacher Nguyễn Thị Mai (national id {@code 079190000001}), LEARNER of
 * {@code Q01-TH-01}.</li>
 * </ul>
 *
 * <p>The data is deterministic (fixed random seed) and loaded once: when the unit {@code Q01} already exists nothing
 * is changed. A named account whose username is already taken (e.g. by the bootstrap administrator) is skipped.
 */
@ApplicationScoped
public class DemoDataLoader {

    /** Password of every demo account. */
    public static final String DEMO_PASSWORD = "HocSo@2026";
    /** Domain of the demo staff's e-mail addresses. */
    public static final String EMAIL_DOMAIN = "hocso.edu.vn";

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    private static final long SEED = 2026;
    private static final String CITY = "HCM";
    private static final String MARKER = "Q01";
    private static final String SCHOOL = "Q01-TH-01";
    private static final String DISTRICTS = "demo/districts.txt";
    private static final String INSTITUTIONS = "demo/institutions.txt";
    private static final String SUBJECTS = "demo/subjects.txt";
    /** Every this-many-th generated person is inactive (about 3 %). */
    private static final int INACTIVE_EVERY = 33;
    private static final double PRESCHOOL_FEMALE_SHARE = 0.97;

    /** Staff of one position in a unit: {@code min}, plus one for each of {@code max - min} draws under chance. */
    private record Quota(StaffPosition position, int min, int max, double chance) {

        int draw(Random random) {
            int count = min;
            for (int i = min; i < max; i++) {
                count += random.nextDouble() < chance ? 1 : 0;
            }
            return count;
        }
    }

    private static final List<Quota> SCHOOL_STAFF = List.of(
            new Quota(StaffPosition.CBQL, 1, 2, 0.3),
            new Quota(StaffPosition.TTCM, 1, 3, 0.1),
            new Quota(StaffPosition.GV, 3, 5, 0.35),
            new Quota(StaffPosition.NV, 1, 2, 0.15),
            new Quota(StaffPosition.IT, 0, 1, 0.3));
    private static final List<Quota> OFFICE_STAFF = List.of(
            new Quota(StaffPosition.CBQL, 1, 2, 0.5),
            new Quota(StaffPosition.IT, 1, 1, 0));
    private static final List<Quota> CITY_STAFF = List.of(
            new Quota(StaffPosition.CBQL, 2, 3, 0.5),
            new Quota(StaffPosition.IT, 1, 2, 0.5));

    private static final Map<StaffPosition, Double> FEMALE_SHARE = Map.of(
            StaffPosition.CBQL, 0.55, StaffPosition.TTCM, 0.7, StaffPosition.GV, 0.75,
            StaffPosition.NV, 0.6, StaffPosition.IT, 0.2);

    /** The staff record behind a named account; {@code emailLocal} is completed with {@link #EMAIL_DOMAIN}. */
    private record NamedPerson(String nationalId, StaffPosition position, String emailLocal, String subject) {
    }

    /** A documented account; all its roles are on {@code unitCode}. {@code person} is null for operators. */
    private record NamedAccount(String username, String displayName, String unitCode, List<Role> roles,
            NamedPerson person) {
    }

    private static final List<NamedAccount> NAMED = List.of(
            new NamedAccount("admin", "Quản trị Sở GD&ĐT", CITY, List.of(Role.ADMIN), null),
            new NamedAccount("quantri.q1", "Quản trị Phòng GD&ĐT Quận 1", MARKER, List.of(Role.ADMIN), null),
            new NamedAccount("hieutruong", "Trần Văn Hùng", SCHOOL, List.of(Role.ADMIN, Role.LEARNER),
                    new NamedPerson("079072000002", StaffPosition.CBQL, "hung.tranvan", null)),
            new NamedAccount("giangvien", "Lê Minh Khoa", CITY, List.of(Role.TRAINER, Role.LEARNER),
                    new NamedPerson("079085000003", StaffPosition.IT, "khoa.leminh", null)),
            new NamedAccount("kiemtra", "Thanh tra Sở GD&ĐT", CITY, List.of(Role.AUDITOR), null),
            new NamedAccount("giaovien", "Nguyễn Thị Mai", SCHOOL, List.of(Role.LEARNER),
                    new NamedPerson("079190000001", StaffPosition.GV, "mai.nguyenthi", "Toán")));

    @Inject
    DemoConfig config;

    @Inject
    OrgUnitRepository units;

    @Inject
    PersonRepository people;

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHasher passwordHasher;

    private volatile boolean loadedNow;

    /** Whether this start-up loaded the demo data (then {@link DemoModules} imports the modules). */
    boolean loadedNow() {
        return loadedNow;
    }

    /** Loads the demo data unless it is disabled or already present. */
    @Transactional
    void onStart(@Observes StartupEvent ev) {
        if (!config.enabled()) {
            return;
        }
        if (units.findByCode(MARKER).isPresent()) {
            LOG.info("Demo data already present");
            return;
        }
        long start = System.nanoTime();
        OrgUnit city = units.findByCode(CITY).orElseThrow(() -> new IllegalStateException("No city unit " + CITY));
        Run run = new Run(city, passwordHasher.hash(DEMO_PASSWORD));
        run.load();
        units.flush();
        loadedNow = true;
        LOG.infof("Demo data loaded in %d ms: %d districts, %d institutions, %d people, %d accounts",
                (System.nanoTime() - start) / 1_000_000, run.districtCount, run.institutionCount,
                run.personCount, run.accountCount);
    }

    /** The rows of a '|'-separated resource table, fields stripped; blank lines and '#' comments are skipped. */
    private static List<String[]> readTable(String resource) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One loading pass: the random source, the units created so far and their numbering. */
    private final class Run {

        private final Random random = new Random(SEED);
        private final VietnameseNames names = new VietnameseNames(random);
        private final Map<String, OrgUnit> unitsByCode = new LinkedHashMap<>();
        private final Map<String, Integer> numbering = new HashMap<>();
        private final Map<SchoolLevel, List<String>> subjects = new EnumMap<>(SchoolLevel.class);
        private final String passwordHash;
        private int serial;
        private int districtCount;
        private int institutionCount;
        private int personCount;
        private int accountCount;

        Run(OrgUnit city, String passwordHash) {
            this.passwordHash = passwordHash;
            unitsByCode.put(city.code, city);
            NAMED.stream().filter(n -> n.person() != null).forEach(n -> names.reserve(n.person().nationalId()));
            readTable(SUBJECTS).forEach(row -> subjects.put(SchoolLevel.valueOf(row[0]),
                    List.of(row).subList(1, row.length)));
        }

        void load() {
            readTable(DISTRICTS).forEach(this::createDistrict);
            readTable(INSTITUTIONS).forEach(this::createInstitution);
            NAMED.forEach(this::createNamedAccount);
            List.copyOf(unitsByCode.values()).forEach(this::createStaff);
        }

        /** Creates a district from a row of its table: code, division, name. */
        private void createDistrict(String[] row) {
            OrgUnit unit = newUnit(row[0], row[2], OrgUnitKind.DISTRICT, unitsByCode.get(CITY));
            unit.division = Division.valueOf(row[1]);
            save(unit);
            districtCount++;
        }

        /** Creates an institution from a row of its table: district code, level, ownership, name. */
        private void createInstitution(String[] row) {
            SchoolLevel level = SchoolLevel.valueOf(row[1]);
            String prefix = row[0] + "-" + (level == SchoolLevel.CHUYEN_BIET ? "CB" : level.name());
            int number = numbering.merge(prefix, 1, Integer::sum);
            OrgUnit unit = newUnit(String.format("%s-%02d", prefix, number), row[3], OrgUnitKind.INSTITUTION,
                    unitsByCode.get(row[0]));
            unit.schoolLevel = level;
            unit.ownership = Ownership.valueOf(row[2]);
            save(unit);
            institutionCount++;
        }

        private OrgUnit newUnit(String code, String name, OrgUnitKind kind, OrgUnit parent) {
            OrgUnit unit = new OrgUnit();
            unit.code = code;
            unit.name = VietnameseText.nfc(name);
            unit.kind = kind;
            unit.parent = parent;
            unit.path = parent.childPath(code);
            return unit;
        }

        private void save(OrgUnit unit) {
            units.persist(unit);
            unitsByCode.put(unit.code, unit);
        }

        private void createNamedAccount(NamedAccount named) {
            if (accounts.findByUsername(named.username()).isPresent()) {
                LOG.warnf("Demo account '%s' not created: the username is already taken", named.username());
                return;
            }
            OrgUnit unit = unitsByCode.get(named.unitCode());
            NamedPerson spec = named.person();
            Person person = null;
            if (spec != null) {
                person = savePerson(spec.nationalId(), named.displayName(), spec.emailLocal(), spec.position(), unit,
                        spec.subject(), true);
            }
            saveAccount(named.username(), named.displayName(), person, unit, named.roles(), true);
        }

        /** Creates the generated staff of a unit, each with a LEARNER account. */
        private void createStaff(OrgUnit unit) {
            List<Quota> quotas = switch (unit.kind) {
                case CITY -> CITY_STAFF;
                case DISTRICT -> OFFICE_STAFF;
                case INSTITUTION -> SCHOOL_STAFF;
            };
            for (Quota quota : quotas) {
                for (int i = quota.draw(random); i > 0; i--) {
                    createStaffMember(unit, quota.position());
                }
            }
        }

        private void createStaffMember(OrgUnit unit, StaffPosition position) {
            boolean preschoolTeacher = unit.schoolLevel == SchoolLevel.MN && position != StaffPosition.NV;
            double femaleShare = preschoolTeacher ? PRESCHOOL_FEMALE_SHARE : FEMALE_SHARE.get(position);
            VietnameseNames.Name name = names.next(random.nextDouble() < femaleShare);
            int born = position == StaffPosition.CBQL ? 1965 + random.nextInt(21) : 1965 + random.nextInt(37);
            String local = String.format("%s.%04d", name.emailStem(), ++serial);
            boolean active = serial % INACTIVE_EVERY != 0;
            Person person = savePerson(names.nationalId(name.female(), born), name.fullName(), local, position, unit,
                    subject(unit, position), active);
            saveAccount(local, person.fullName, person, unit, List.of(Role.LEARNER), active);
        }

        /** A random subject for teachers and heads of subject groups at general schools, otherwise null. */
        private String subject(OrgUnit unit, StaffPosition position) {
            List<String> choices = subjects.getOrDefault(unit.schoolLevel, List.of());
            boolean teaches = position == StaffPosition.GV || position == StaffPosition.TTCM;
            return teaches && !choices.isEmpty() ? choices.get(random.nextInt(choices.size())) : null;
        }

        private Person savePerson(String nationalId, String fullName, String emailLocal, StaffPosition position,
                OrgUnit unit, String subject, boolean active) {
            Person person = new Person();
            person.nationalId = nationalId;
            person.fullName = VietnameseText.nfc(fullName);
            person.email = emailLocal + "@" + EMAIL_DOMAIN;
            person.position = position;
            person.institution = unit;
            person.subject = subject;
            person.active = active;
            person.searchText = PersonService.searchText(person);
            people.persist(person);
            personCount++;
            return person;
        }

        private void saveAccount(String username, String displayName, Person person, OrgUnit unit, List<Role> roles,
                boolean active) {
            UserAccount account = new UserAccount();
            account.username = username;
            account.passwordHash = passwordHash;
            account.displayName = VietnameseText.nfc(displayName);
            account.person = person;
            account.active = active;
            roles.forEach(role -> account.roles.add(RoleAssignment.of(account, role, unit)));
            accounts.persist(account);
            accountCount++;
        }
    }
}
