-- Bookings: who booked whom for what, and where the booking stands.
CREATE TABLE bookings (
    id                 VARCHAR(36)  PRIMARY KEY,
    customer_id        VARCHAR(128) NOT NULL,
    artisan_id         VARCHAR(128) NOT NULL,
    artisan_profile_id VARCHAR(128) NOT NULL,
    service            VARCHAR(200) NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    scheduled_for      TIMESTAMP WITH TIME ZONE,
    address            TEXT,
    notes              TEXT,
    quoted_price       NUMERIC(14,2),
    final_price        NUMERIC(14,2),
    cancelled_by       VARCHAR(20),
    cancel_reason      TEXT,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX bookings_customer ON bookings (customer_id);
CREATE INDEX bookings_artisan ON bookings (artisan_id);

-- Job contracts and their milestones; each contract has one escrow.
CREATE TABLE contracts (
    id          VARCHAR(36)  PRIMARY KEY,
    customer_id VARCHAR(128) NOT NULL,
    artisan_id  VARCHAR(128) NOT NULL,
    booking_id  VARCHAR(36),
    total       NUMERIC(14,2) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX contracts_customer ON contracts (customer_id);
CREATE INDEX contracts_artisan ON contracts (artisan_id);

CREATE TABLE milestones (
    contract_id VARCHAR(36)  NOT NULL,
    number      INTEGER      NOT NULL,
    title       VARCHAR(200) NOT NULL,
    amount      NUMERIC(14,2) NOT NULL,
    released_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (contract_id, number)
);

CREATE TABLE escrows (
    id            VARCHAR(36)  PRIMARY KEY,
    contract_id   VARCHAR(36)  NOT NULL UNIQUE,
    customer_id   VARCHAR(128) NOT NULL,
    artisan_id    VARCHAR(128) NOT NULL,
    total         NUMERIC(14,2) NOT NULL,
    funded        NUMERIC(14,2) NOT NULL,
    released      NUMERIC(14,2) NOT NULL,
    refunded      NUMERIC(14,2) NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    refund_reason TEXT,
    refunded_by   VARCHAR(128),
    funded_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT escrow_money_never_negative CHECK (funded >= 0 AND released >= 0 AND refunded >= 0
        AND funded <= total AND released + refunded <= funded)
);

-- Charges through the payment gateway, for a booking or towards an escrow.
CREATE TABLE payments (
    id             VARCHAR(36)  PRIMARY KEY,
    customer_id    VARCHAR(128) NOT NULL,
    booking_id     VARCHAR(36),
    escrow_id      VARCHAR(36),
    contract_id    VARCHAR(36),
    amount         NUMERIC(14,2) NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    reference      VARCHAR(100) UNIQUE,
    failure_reason VARCHAR(500),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    settled_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX payments_booking ON payments (booking_id);
CREATE INDEX payments_escrow ON payments (escrow_id);

-- Provider notifications already handled, so a replay is a no-op.
CREATE TABLE webhook_deliveries (
    reference   VARCHAR(100) NOT NULL,
    event       VARCHAR(50)  NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (reference, event)
);

CREATE TABLE disputes (
    id              VARCHAR(36)  PRIMARY KEY,
    escrow_id       VARCHAR(36)  NOT NULL,
    contract_id     VARCHAR(36)  NOT NULL,
    opened_by       VARCHAR(128) NOT NULL,
    category        VARCHAR(50)  NOT NULL,
    reason          TEXT,
    status          VARCHAR(20)  NOT NULL,
    opened_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    escalated_at    TIMESTAMP WITH TIME ZONE,
    resolved_at     TIMESTAMP WITH TIME ZONE,
    resolved_by     VARCHAR(128),
    decision        TEXT,
    customer_refund NUMERIC(14,2),
    artisan_payment NUMERIC(14,2)
);
CREATE INDEX disputes_escrow ON disputes (escrow_id);
CREATE INDEX disputes_open ON disputes (status, opened_at);
