-- review.created carries rating: number (the catalog); producers other than this service's API may send 4.5.
ALTER TABLE reviews ALTER COLUMN rating SET DATA TYPE DOUBLE PRECISION;
