package ng.korrect.platform.reaction;

import ng.korrect.bus.EventBus;
import ng.korrect.catalog.payload.MessageSent;
import ng.korrect.catalog.payload.NotificationSend;
import ng.korrect.platform.text.Notice;
import ng.korrect.platform.text.NotificationTexts;

/**
 * {@code message.sent} (the recipient, by push) and {@code notification.send} (the message as given,
 * through the one channel it names, and in the inbox; its data's {@code purpose}, if any, is its kind).
 * A {@code notification.send} whose title is longer than the inbox keeps fails permanently, and one to a
 * recipient not known yet is retried ({@link Notifier#deliverThrough}).
 */
final class MessageReactions {

    private final Notifier notifier;

    MessageReactions(Notifier notifier) {
        this.notifier = notifier;
    }

    void register(EventBus.GroupBuilder group, PeopleFirstGuard guard) {
        group.on(MessageSent.class, guard.guard((event, delivery, tx) -> {
            MessageSent message = event.payload();
            notifier.notify(tx, event, message.recipientId(),
                    NotificationTexts.messageReceived(notifier.person(tx, message.senderId())));
        }));
        group.on(NotificationSend.class, guard.guard((event, delivery, tx) -> {
            NotificationSend send = event.payload();
            String kind = JsonData.purpose(send.data()).orElse(NotificationTexts.DIRECT);
            notifier.deliverThrough(tx, event, send.userId(), Notice.through(kind, send.title(), send.body(), send.type()),
                    send.data().map(JsonData::text));
        }));
    }
}
