-- Whether a profile's owner was told by the artisan service itself (verification.*), which no later
-- booking.created may overwrite; an owner learnt from a booking.created is replaced by a later one or by
-- the artisan service's word, so that the first event that names a profile does not fix its owner for good.
ALTER TABLE profile_owners ADD COLUMN authoritative BOOLEAN DEFAULT FALSE NOT NULL;
