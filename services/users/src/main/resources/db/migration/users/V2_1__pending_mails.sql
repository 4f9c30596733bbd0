-- Mails that only their recipient may read (verification links), committed with the change that causes them
-- and deleted once handed to the mailbox: the users service sends them itself, so that no link travels on an
-- event stream or rests in another service's database.
CREATE TABLE pending_mails (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    user_id         VARCHAR(36)   NOT NULL,
    address         VARCHAR(254)  NOT NULL,
    subject         VARCHAR(200)  NOT NULL,
    text            VARCHAR(4000) NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(500)
);

CREATE INDEX pending_mails_due ON pending_mails (next_attempt_at);
CREATE INDEX pending_mails_user ON pending_mails (user_id);

-- Links issued before this version went out as notification.send events and into the platform's inbox, where
-- others could read them: none of them may verify an address any more (their owners ask for a new one).
DELETE FROM verification_tokens WHERE used_at IS NULL;
