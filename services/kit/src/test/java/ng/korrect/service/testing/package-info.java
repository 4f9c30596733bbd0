/**
 * Test support for services built on the kit: {@link ng.korrect.service.testing.ServiceFixture} starts a
 * service on a free port against its own embedded Redis and a throwaway database (the PostgreSQL of
 * {@code KORRECT_TEST_DATABASE_URL} when set, an embedded H2 otherwise), and
 * {@link ng.korrect.service.testing.ApiClient} calls its HTTP API. Shipped in the kit's test jar.
 */
package ng.korrect.service.testing;
