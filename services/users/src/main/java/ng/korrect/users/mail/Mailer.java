package ng.korrect.users.mail;

/**
 * Where mail goes: the email provider ({@link ProviderMailer}) or, embedded, a mailbox directory
 * ({@link MailboxDirectory}). Implementations are thread-safe.
 */
public interface Mailer {

    /**
     * Hands the mail over; returns once the mailbox or the provider has it.
     *
     * @throws MailNotSentException when it could not; the mail is tried again later
     */
    void send(Mail mail);

    /** Where mail goes, for the start-up log (never a key). */
    String describe();
}
