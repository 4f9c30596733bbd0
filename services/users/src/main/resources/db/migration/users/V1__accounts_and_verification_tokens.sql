-- Accounts: the email is kept as typed; email_key (lower case) makes it unique case-insensitively.
CREATE TABLE accounts (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    email          VARCHAR(254) NOT NULL,
    email_key      VARCHAR(254) NOT NULL,
    password_hash  VARCHAR(100) NOT NULL,
    first_name     VARCHAR(100) NOT NULL,
    last_name      VARCHAR(100) NOT NULL,
    phone          VARCHAR(16),
    role           VARCHAR(20)  NOT NULL,
    email_verified BOOLEAN      NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE UNIQUE INDEX accounts_email_key ON accounts (email_key);
CREATE INDEX accounts_role ON accounts (role);

-- Email verification tokens: only the SHA-256 of a token is stored; used_at makes it single-use.
CREATE TABLE verification_tokens (
    token_hash VARCHAR(64)  NOT NULL PRIMARY KEY,
    user_id    VARCHAR(36)  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);

CREATE INDEX verification_tokens_user ON verification_tokens (user_id);
