-- Verification links used to arrive as notification.send events and were kept in the inbox, where anyone signed
-- in as the account could open them without owning the address. The Users service now mails them itself; the
-- copies kept here go, with their deliveries and what the embedded channel recorded of them.
DELETE FROM recorded_messages WHERE delivery_id IN (SELECT d.id FROM deliveries d JOIN notifications n
    ON n.id = d.notification_id WHERE n.kind = 'email_verification');
DELETE FROM deliveries WHERE notification_id IN (SELECT id FROM notifications WHERE kind = 'email_verification');
DELETE FROM notification_mentions WHERE notification_id IN (SELECT id FROM notifications WHERE kind = 'email_verification');
DELETE FROM notifications WHERE kind = 'email_verification';
