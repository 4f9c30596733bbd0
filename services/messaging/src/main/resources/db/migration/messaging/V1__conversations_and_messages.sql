-- Conversations between exactly two users. The pair is stored in a fixed order (the smaller id
-- first) so that the unique constraint makes one conversation per pair, whoever starts it.
CREATE TABLE conversations (
    id                 UUID PRIMARY KEY,
    first_participant  VARCHAR(100) NOT NULL,
    second_participant VARCHAR(100) NOT NULL,
    booking_id         VARCHAR(100),
    started_by         VARCHAR(100) NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    message_count      BIGINT NOT NULL DEFAULT 0,
    last_message_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT conversations_one_per_pair UNIQUE (first_participant, second_participant)
);

-- What each participant has read, and whether their account was deleted.
CREATE TABLE conversation_participants (
    conversation_id UUID NOT NULL REFERENCES conversations (id),
    user_id         VARCHAR(100) NOT NULL,
    last_read_seq   BIGINT NOT NULL DEFAULT 0,
    deleted         BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (conversation_id, user_id)
);

CREATE INDEX conversation_participants_by_user ON conversation_participants (user_id);

-- Messages, numbered 1, 2, 3... within their conversation. An erased message keeps its row
-- (the other participant still sees that it existed) but loses its body.
CREATE TABLE messages (
    id              UUID PRIMARY KEY,
    conversation_id UUID NOT NULL REFERENCES conversations (id),
    seq             BIGINT NOT NULL,
    sender_id       VARCHAR(100) NOT NULL,
    body            TEXT,
    erased          BOOLEAN NOT NULL DEFAULT FALSE,
    sent_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT messages_numbered_once UNIQUE (conversation_id, seq)
);

CREATE INDEX messages_by_sender ON messages (sender_id);

-- Users whose account was deleted (user.deleted): nobody may start a conversation with them or
-- write to them, and their own tokens, still valid until they expire, are refused.
CREATE TABLE deleted_users (
    user_id    VARCHAR(100) PRIMARY KEY,
    deleted_at TIMESTAMP WITH TIME ZONE NOT NULL
);
