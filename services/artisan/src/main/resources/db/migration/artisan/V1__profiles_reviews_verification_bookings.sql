-- Artisan profiles: one per artisan user. owner_* are the profile's copy of the user's names,
-- kept in step by user.updated.
CREATE TABLE artisan_profiles (
    profile_id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    user_id             VARCHAR(100) NOT NULL UNIQUE,
    display_name        VARCHAR(100) NOT NULL,
    location            VARCHAR(200) NOT NULL,
    verification_status VARCHAR(20)  NOT NULL,
    owner_first_name    VARCHAR(100),
    owner_last_name     VARCHAR(100),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE profile_services (
    profile_id VARCHAR(36)  NOT NULL REFERENCES artisan_profiles (profile_id) ON DELETE CASCADE,
    sort_order INTEGER      NOT NULL,
    service    VARCHAR(100) NOT NULL,
    PRIMARY KEY (profile_id, sort_order)
);

CREATE INDEX profile_services_by_service ON profile_services (service);

-- The bookings as the booking.* events tell them, one row per booking, written by upserts so that any
-- order and any number of deliveries give the same row. Figures are aggregated from it.
CREATE TABLE bookings (
    booking_id      VARCHAR(100) NOT NULL PRIMARY KEY,
    artisan_user_id VARCHAR(100) NOT NULL,
    customer_id     VARCHAR(100),
    profile_id      VARCHAR(100),
    created         BOOLEAN      NOT NULL,
    confirmed       BOOLEAN      NOT NULL,
    cancelled       BOOLEAN      NOT NULL,
    cancelled_by    VARCHAR(20)
);

CREATE INDEX bookings_by_artisan ON bookings (artisan_user_id);
CREATE INDEX bookings_by_customer ON bookings (customer_id);

-- Reviews. booking_id is unique (one review per booking); it and body are null for a review known only
-- from a review.created event. customer_id, title and body are null once the customer was erased.
CREATE TABLE reviews (
    review_id   VARCHAR(100) NOT NULL PRIMARY KEY,
    profile_id  VARCHAR(36)  NOT NULL,
    booking_id  VARCHAR(100) UNIQUE,
    customer_id VARCHAR(100),
    rating      INTEGER      NOT NULL,
    title       VARCHAR(200),
    body        TEXT,
    anonymised  BOOLEAN      NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX reviews_by_profile ON reviews (profile_id);
CREATE INDEX reviews_by_customer ON reviews (customer_id);

-- Verification applications; documents is a JSON list of strings (texts or URLs).
CREATE TABLE verification_applications (
    application_id   VARCHAR(36)  NOT NULL PRIMARY KEY,
    profile_id       VARCHAR(36)  NOT NULL REFERENCES artisan_profiles (profile_id) ON DELETE CASCADE,
    user_id          VARCHAR(100) NOT NULL,
    documents        TEXT         NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    rejection_reason VARCHAR(500),
    decided_by       VARCHAR(100),
    submitted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at       TIMESTAMP WITH TIME ZONE
);

CREATE INDEX applications_by_profile ON verification_applications (profile_id);

-- Users whose account was deleted: events about them that arrive later are stored without their data.
CREATE TABLE erased_users (
    user_id   VARCHAR(100) NOT NULL PRIMARY KEY,
    erased_at TIMESTAMP WITH TIME ZONE NOT NULL
);
