package vn.hocso.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import vn.hocso.catalog.model.Course;
import vn.hocso.catalog.model.CourseItem;
import vn.hocso.content.model.ContentPackage;
import vn.hocso.content.persistence.PackageRepository;

/** A learner's progress in a course: each package's state ({@link PackageProgress}) judged by the course's rule. */
@ApplicationScoped
public class CourseProgress {

    /** One package of the course as the learner stands in it. */
    public record Item(long packageId, String title, String standard, boolean required, PackageProgress.State state) {

        public boolean completed() {
            return state == PackageProgress.State.COMPLETED;
        }

        public boolean started() {
            return state != PackageProgress.State.NOT_STARTED;
        }
    }

    /**
     * @param done   packages completed
     * @param needed packages the rule needs completed (all, the required ones, or N)
     */
    public record Progress(List<Item> items, int done, int needed, boolean completed, boolean started) {
    }

    @Inject
    PackageProgress packages;

    @Inject
    PackageRepository packageRepository;

    /** The learner's progress in the course (its items must be loaded or loadable in this transaction). */
    @Transactional
    public Progress of(long accountId, Course course) {
        List<Item> items = new ArrayList<>();
        for (CourseItem ci : course.items) {
            ContentPackage p = packageRepository.findById(ci.packageId);
            items.add(new Item(ci.packageId, p.title, p.standard.name(), ci.required,
                    packages.of(accountId, ci.packageId)));
        }
        return judge(course, items);
    }

    /** Applies the course's completion rule to the items' states. */
    static Progress judge(Course course, List<Item> items) {
        int done = (int) items.stream().filter(Item::completed).count();
        boolean started = items.stream().anyMatch(Item::started);
        return switch (course.completionRule) {
            case ALL -> new Progress(items, done, items.size(), !items.isEmpty() && done == items.size(), started);
            case REQUIRED -> {
                List<Item> required = items.stream().filter(Item::required).toList();
                int requiredDone = (int) required.stream().filter(Item::completed).count();
                yield new Progress(items, requiredDone, required.size(),
                        !required.isEmpty() && requiredDone == required.size(), started);
            }
            case N_OF_M -> new Progress(items, Math.min(done, course.completionMin), course.completionMin,
                    done >= course.completionMin, started);
        };
    }
}
