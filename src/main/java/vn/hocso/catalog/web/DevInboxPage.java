package vn.hocso.catalog.web;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hocso.platform.web.DomainException;
import vn.hocso.platform.web.PageContext;

/**
 * Development inbox: the e-mails the mock mailer caught ({@code quarkus.mailer.mock=true}, the %dev and %test
 * setting), for the recipients of the latest reminders ({@code sent_reminder}) or the address given as {@code to}.
 * The mock mailbox is kept in memory per recipient, so it cannot be listed otherwise. Answers 404 whenever the mock is
 * off, i.e. whenever real e-mail is sent. Administrators only.
 */
@Path("/dev/inbox")
@Blocking
@RolesAllowed("ADMIN")
public class DevInboxPage {

    /** One caught e-mail. */
    public record Message(String to, String subject, String text) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(List<Message> messages, int total, String to);
    }

    @ConfigProperty(name = "quarkus.mailer.mock", defaultValue = "false")
    boolean mock;

    @Inject
    MockMailbox mailbox;

    @Inject
    PageContext page;

    @Inject
    vn.hocso.catalog.persistence.ReminderStore reminders;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance inbox(@QueryParam("to") String to) {
        if (!mock) {
            throw DomainException.notFound();
        }
        Set<String> recipients = new LinkedHashSet<>();
        if (to != null && !to.isBlank()) {
            recipients.add(to.strip());
        }
        recipients.addAll(reminders.recentRecipients(200));
        List<Message> messages = new ArrayList<>();
        for (String r : recipients) {
            List<Mail> mails = mailbox.getMailsSentTo(r);
            if (mails != null) {
                mails.forEach(m -> messages.add(new Message(r, m.getSubject(), m.getText())));
            }
        }
        return page.view(Templates.inbox(messages, mailbox.getTotalMessagesSent(), to == null ? "" : to));
    }
}
