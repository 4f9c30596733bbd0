-- A cancelled booking's payment is refunded through the gateway: when, and the provider's reference of the refund.
ALTER TABLE payments ADD COLUMN refunded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE payments ADD COLUMN refund_reference VARCHAR(100);
-- The open bookings of a customer are counted at every booking (the limits of BookingRules).
CREATE INDEX bookings_customer_status ON bookings (customer_id, status);
