-- When each verification mail was sent, by account and by address (the SHA-256 of its lower-case form), for the
-- limits on resending; rows older than a day are deleted as new mails are sent.
CREATE TABLE verification_mails (
    user_id     VARCHAR(36) NOT NULL,
    address_key VARCHAR(64) NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX verification_mails_user ON verification_mails (user_id, sent_at);
CREATE INDEX verification_mails_address ON verification_mails (address_key, sent_at);
