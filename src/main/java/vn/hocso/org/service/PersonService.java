package vn.hocso.org.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.regex.Pattern;
import vn.hocso.org.model.OrgScope;
import vn.hocso.org.model.OrgUnit;
import vn.hocso.org.model.Person;
import vn.hocso.org.model.PersonChanged;
import vn.hocso.org.model.StaffPosition;
import vn.hocso.org.persistence.OrgUnitRepository;
import vn.hocso.org.persistence.PersonRepository;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.text.VietnameseText;
import vn.hocso.platform.web.DomainException;
import vn.hocso.platform.web.InputCheck;
import vn.hocso.platform.web.PageRequest;
import vn.hocso.platform.web.PageResult;

/** Staff records, always within the caller's scope. */
@ApplicationScoped
@Transactional
public class PersonService {

    /** Fields of a person as written by an administrator; {@code active} null means unchanged (true when new). */
    public record PersonInput(String nationalId, String fullName, String email, StaffPosition position,
            Long institutionId, String subject, Boolean active) {
    }

    private static final Pattern NATIONAL_ID = Pattern.compile("[0-9]{12}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Inject
    PersonRepository people;

    @Inject
    OrgUnitRepository units;

    @Inject
    Event<PersonChanged> changes;

    /**
     * People of the scope (optionally narrowed to one unit's subtree) matching the criteria.
     *
     * @throws DomainException 404 when {@code unitId} does not exist or lies outside the scope
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Person> search(OrgScope scope, Long unitId, PersonRepository.Criteria criteria,
            PageRequest page) {
        OrgScope effective = scope;
        if (unitId != null) {
            OrgUnit unit = units.findById(unitId);
            if (unit == null || !scope.covers(unit)) {
                throw DomainException.notFound();
            }
            effective = scope.narrowTo(unit.path);
        }
        return people.search(effective, criteria, page);
    }

    /**
     * The person, if they work in the scope.
     *
     * @throws DomainException 404 when the person does not exist or works outside the scope
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Person get(long id, OrgScope scope) {
        Person person = people.findById(id);
        if (person == null || !scope.covers(person.institution)) {
            throw DomainException.notFound();
        }
        return person;
    }

    /**
     * Creates a staff record.
     *
     * @throws DomainException 422 for invalid or missing fields, 404 when the institution is not in the scope, 409
     *         when the national id or e-mail is already used
     */
    public Person create(PersonInput input, OrgScope scope) {
        Person person = new Person();
        apply(person, input, scope, true);
        people.persist(person);
        return person;
    }

    /**
     * Replaces a staff record's fields (a transfer is a change of institution; deactivation is {@code active=false})
     * and fires {@link PersonChanged}.
     *
     * @throws DomainException as {@link #create}, and 404 when the person is not in the scope
     */
    public Person update(long id, PersonInput input, OrgScope scope) {
        Person person = get(id, scope);
        long before = person.institution.id;
        apply(person, input, scope, false);
        person.updatedAt = Instant.now();
        changes.fire(new PersonChanged(person.id, before, person.institution.id, person.active));
        return person;
    }

    private void apply(Person person, PersonInput input, OrgScope scope, boolean isNew) {
        InputCheck check = new InputCheck();
        String nationalId = input.nationalId() == null ? null : input.nationalId().trim();
        if (check.required(nationalId, "nationalId")) {
            check.check(NATIONAL_ID.matcher(nationalId).matches(), "nationalId", AppMessages::error_nationalIdFormat);
        }
        String fullName = VietnameseText.nfc(input.fullName());
        if (check.required(fullName, "fullName")) {
            check.check(fullName.length() <= 200, "fullName", m -> m.error_tooLong(200));
        }
        String email = input.email() == null || input.email().isBlank() ? null : input.email().trim().toLowerCase();
        if (email != null) {
            check.check(email.length() <= 254 && EMAIL.matcher(email).matches(), "email", AppMessages::error_emailFormat);
        }
        check.required(input.position(), "position");
        check.required(input.institutionId(), "institutionId");
        String subject = VietnameseText.nfc(input.subject());
        check.check(subject == null || subject.length() <= 100, "subject", m -> m.error_tooLong(100));
        check.throwIfInvalid();

        OrgUnit institution = units.findById(input.institutionId());
        if (institution == null || !scope.covers(institution)) {
            throw new DomainException(422, AppMessages::error_validation, java.util.List.of(
                    new DomainException.FieldError("institutionId", AppMessages::error_unitNotInScope)));
        }
        people.findByNationalId(nationalId).filter(other -> other != person).ifPresent(other -> {
            throw DomainException.conflict(m -> m.error_nationalIdTaken(nationalId));
        });
        if (email != null) {
            people.findByEmail(email).filter(other -> other != person).ifPresent(other -> {
                throw DomainException.conflict(m -> m.error_emailTaken(email));
            });
        }
        person.nationalId = nationalId;
        person.fullName = fullName;
        person.email = email;
        person.position = input.position();
        person.institution = institution;
        person.subject = subject == null || subject.isEmpty() ? null : subject;
        if (input.active() != null) {
            person.active = input.active();
        } else if (isNew) {
            person.active = true;
        }
        person.searchText = searchText(person);
    }

    /** The diacritic-free text that search matches: name, national id and e-mail. */
    public static String searchText(Person person) {
        return VietnameseText.searchKey(person.fullName) + " " + person.nationalId
                + (person.email == null ? "" : " " + person.email);
    }
}
