CREATE TABLE notes (
    id UUID PRIMARY KEY,
    owner_id VARCHAR(100) NOT NULL,
    title VARCHAR(50) NOT NULL
);
