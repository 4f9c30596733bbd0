// Regenerate with `node catalog/src/test/node/make-golden.mjs` (any working directory, Node 18+, no npm packages); commit the output.
//
// Writes the golden wire files the Java codec is tested against, made the way the Node.js bus makes
// them: an envelope object literal {id, type, payload, timestamp, source, correlationId, metadata}
// (absent members are `undefined`, which JSON.stringify leaves out), payload keys in catalog order,
// timestamps from `new Date(ms).toISOString()`, and `JSON.stringify` for the text.
//
//   ../resources/golden/events.jsonl          one valid envelope per line
//   ../resources/golden/invalid-events.jsonl  {"case", "paths", "wire"}: raw text the decoder must refuse,
//                                             with the field paths it must report ("" = the whole envelope)
//
// Everything is deterministic: fixed ids, fixed instants, a seeded generator for the number torture lines.

import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'golden');

// The catalog (spec/event-catalog.md): payload fields in order; a trailing '?' marks an optional field.
const CATALOG = {
  'user.created': ['userId', 'email', 'firstName', 'lastName', 'role'],
  'user.updated': ['userId', 'changes'],
  'user.deleted': ['userId', 'email'],
  'user.email_verified': ['userId', 'email'],
  'booking.created': ['bookingId', 'customerId', 'artisanId', 'artisanProfileId', 'service', 'status'],
  'booking.confirmed': ['bookingId', 'customerId', 'artisanId', 'finalPrice'],
  'booking.cancelled': ['bookingId', 'customerId', 'artisanId', 'cancelledBy', 'reason?'],
  'review.created': ['reviewId', 'artisanProfileId', 'customerId', 'rating', 'title'],
  'payment.received': ['paymentId', 'bookingId', 'customerId', 'amount', 'reference'],
  'payment.failed': ['bookingId', 'customerId', 'amount', 'reason'],
  'escrow.funded': ['escrowId', 'contractId', 'customerId', 'artisanId', 'amount'],
  'escrow.released': ['escrowId', 'contractId', 'milestone', 'amount', 'artisanId'],
  'escrow.refunded': ['escrowId', 'contractId', 'customerId', 'amount', 'reason'],
  'dispute.opened': ['disputeId', 'contractId', 'escrowId', 'customerId', 'artisanId', 'category', 'reason'],
  'dispute.resolved': ['disputeId', 'contractId', 'decision', 'customerRefund?', 'artisanPayment?'],
  'dispute.escalated': ['disputeId', 'reason', 'daysOpen'],
  'verification.submitted': ['applicationId', 'artisanProfileId', 'userId'],
  'verification.approved': ['applicationId', 'artisanProfileId', 'userId'],
  'verification.rejected': ['applicationId', 'artisanProfileId', 'userId', 'reason'],
  'message.sent': ['messageId', 'conversationId', 'senderId', 'recipientId'],
  'notification.send': ['userId', 'type', 'title', 'body', 'data?'],
};

// Deterministic UUIDs (version 4 layout): the n-th event id, or the n-th entity id.
const uuid = (n, space = 0) =>
  `${(0x6b6f7272 + space).toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const entity = (n) => uuid(n, 0x100);

const BASE_MS = Date.UTC(2026, 10, 26, 19, 22, 40, 123); // 2026-11-26T19:22:40.123Z
let counter = 0;

/** An envelope built like the bus's publish(): options left undefined are left out by JSON.stringify. */
function envelope(type, payload, { source, correlationId, metadata, ms } = {}) {
  counter += 1;
  return {
    id: uuid(counter),
    type,
    payload,
    timestamp: new Date(ms ?? BASE_MS + counter * 60_001).toISOString(),
    source,
    correlationId,
    metadata,
  };
}

// Strings a JSON writer can get wrong.
const ALL_CONTROLS = Array.from({ length: 0x20 }, (_, c) => String.fromCharCode(c)).join('');
const TRICKY = {
  quotes: 'She said "fix it" \\ C:\\tools\\ \'single\' </script>',
  controls: `ctl:${ALL_CONTROLS}:end`,
  del: 'del:\u007f:c1:\u0080\u0085\u009f:end',
  accents: 'Café Ọ̀ṣọ́ Ẹ̀kọ́ résumé',
  cjk: '工匠预订服务 日本語 한국어',
  emoji: 'Plumber 🔧🚿 rated 👍🏽 🇳🇬',
  loneHigh: 'lone high \ud800 here',
  loneLow: 'lone low \udc00 here',
  reversedPair: 'reversed \udc00\ud800 pair',
  highAtEnd: 'high at end \udbff',
  separators: 'line\u2028para\u2029sep',
  invisible: 'nbsp\u00a0bom\ufeffzwj\u200d',
  empty: '',
};

const torture = numberTorture();
const events = [
  // user.created: every role; tricky names
  envelope('user.created', { userId: entity(1), email: 'ada@korrect.ng', firstName: 'Ada', lastName: 'Obi', role: 'customer' },
    { source: 'users' }),
  envelope('user.created', { userId: entity(2), email: 'josé.ọ̀ṣọ́@exämple.ng', firstName: TRICKY.quotes, lastName: TRICKY.controls, role: 'artisan' },
    { source: 'users', correlationId: 'req-7f3a', metadata: { ip: '10.0.0.7', retries: 0, 'x-trace': null } }),
  envelope('user.created', { userId: entity(3), email: "o'brien+tag@mail.example.com", firstName: TRICKY.cjk, lastName: TRICKY.emoji, role: 'admin' },
    { source: 'users', correlationId: entity(900) }),
  // user.updated
  envelope('user.updated', { userId: entity(1), changes: ['firstName'] }, { source: 'users' }),
  envelope('user.updated', { userId: entity(2), changes: ['firstName', 'lastName', TRICKY.separators, TRICKY.loneHigh, ''] },
    { source: 'users', correlationId: 'req-1', metadata: { b: 1, 10: 2, 2: 3 } }),
  // user.deleted
  envelope('user.deleted', { userId: entity(4), email: 'gone@korrect.ng' }, { source: 'users' }),
  envelope('user.deleted', { userId: entity(5), email: '工匠@例子.中国' },
    { source: 'users', metadata: { reason: TRICKY.del, gdpr: true, softDeleted: false } }),
  // user.email_verified
  envelope('user.email_verified', { userId: entity(1), email: 'ada@korrect.ng' }, { source: 'users', correlationId: 'c' }),
  envelope('user.email_verified', { userId: TRICKY.emoji, email: 'UPPER.Case@Example.COM' }, { source: 'users', metadata: {} }),
  // booking.created
  envelope('booking.created', { bookingId: entity(10), customerId: entity(1), artisanId: entity(2), artisanProfileId: entity(20), service: 'plumbing', status: 'pending' },
    { source: 'transaction' }),
  envelope('booking.created', { bookingId: entity(11), customerId: entity(1), artisanId: entity(2), artisanProfileId: entity(20), service: TRICKY.accents, status: TRICKY.empty },
    { source: 'transaction', correlationId: 'req-\u2028', metadata: { channel: 'web', nested: { a: { b: [1, { c: null }, [], {}] } }, list: [true, false, null, 'x', -1.5] } }),
  // booking.confirmed: finalPrice integers, halves, decimals
  envelope('booking.confirmed', { bookingId: entity(10), customerId: entity(1), artisanId: entity(2), finalPrice: 15000 }, { source: 'transaction' }),
  envelope('booking.confirmed', { bookingId: entity(11), customerId: entity(1), artisanId: entity(2), finalPrice: 15000.5 },
    { source: 'transaction', correlationId: 'req-2', metadata: { currency: 'NGN', discount: -2500.25, negativeZero: -0, negative: -7 } }),
  envelope('booking.confirmed', { bookingId: entity(12), customerId: entity(1), artisanId: entity(2), finalPrice: 0 }, { source: 'transaction' }),
  // booking.cancelled: with and without reason, both sides
  envelope('booking.cancelled', { bookingId: entity(10), customerId: entity(1), artisanId: entity(2), cancelledBy: 'customer', reason: undefined },
    { source: 'transaction' }),
  envelope('booking.cancelled', { bookingId: entity(11), customerId: entity(1), artisanId: entity(2), cancelledBy: 'artisan', reason: TRICKY.loneLow },
    { source: 'transaction', correlationId: 'req-3', metadata: { auto: false } }),
  envelope('booking.cancelled', { bookingId: entity(12), customerId: entity(1), artisanId: entity(2), cancelledBy: 'customer', reason: '' },
    { source: 'transaction' }),
  // review.created: the whole rating range
  envelope('review.created', { reviewId: entity(30), artisanProfileId: entity(20), customerId: entity(1), rating: 1, title: 'Late and rude' },
    { source: 'artisan' }),
  envelope('review.created', { reviewId: entity(31), artisanProfileId: entity(20), customerId: entity(1), rating: 5, title: TRICKY.emoji + TRICKY.reversedPair },
    { source: 'artisan', correlationId: 'req-4', metadata: { photos: ['a.jpg', 'b.jpg'], verifiedPurchase: true } }),
  envelope('review.created', { reviewId: entity(32), artisanProfileId: entity(20), customerId: entity(1), rating: 3, title: TRICKY.highAtEnd },
    { source: 'artisan' }),
  // payment.received: amounts
  envelope('payment.received', { paymentId: entity(40), bookingId: entity(10), customerId: entity(1), amount: 0.1, reference: 'PSK_ref_0001' },
    { source: 'transaction' }),
  envelope('payment.received', { paymentId: entity(41), bookingId: entity(11), customerId: entity(1), amount: 123456789.123, reference: TRICKY.invisible },
    { source: 'transaction', correlationId: 'req-5', metadata: { gateway: 'paystack', fee: 1.5e-7, feeCap: 2000, rate: 0.30000000000000004 } }),
  envelope('payment.received', { paymentId: entity(42), bookingId: entity(12), customerId: entity(1), amount: 1e21, reference: 'huge' },
    { source: 'transaction' }),
  // payment.failed
  envelope('payment.failed', { bookingId: entity(10), customerId: entity(1), amount: 15000.5, reason: 'card_declined' }, { source: 'transaction' }),
  envelope('payment.failed', { bookingId: entity(11), customerId: entity(1), amount: 1.5e-7, reason: TRICKY.quotes },
    { source: 'transaction', correlationId: 'req-6', metadata: { attempt: 3, codes: [51, -1, 0] } }),
  // escrow.funded
  envelope('escrow.funded', { escrowId: entity(50), contractId: entity(60), customerId: entity(1), artisanId: entity(2), amount: 250000 },
    { source: 'transaction' }),
  envelope('escrow.funded', { escrowId: entity(51), contractId: entity(61), customerId: entity(1), artisanId: entity(2), amount: 5e-324 },
    { source: 'transaction', correlationId: 'req-7', metadata: { tiny: 5e-324, twoTiny: 1e-323, max: 1.7976931348623157e308 } }),
  // escrow.released: milestones
  envelope('escrow.released', { escrowId: entity(50), contractId: entity(60), milestone: 0, amount: 1.7976931348623157e308, artisanId: entity(2) },
    { source: 'transaction' }),
  envelope('escrow.released', { escrowId: entity(50), contractId: entity(60), milestone: 2, amount: 99999.99, artisanId: entity(2) },
    { source: 'transaction', correlationId: 'req-8', metadata: { '': 'empty key', 'we"ird\nkey\u0000': TRICKY.controls, '\ud800': 'lone surrogate key' } }),
  // escrow.refunded
  envelope('escrow.refunded', { escrowId: entity(52), contractId: entity(62), customerId: entity(1), amount: 0, reason: 'artisan no-show' },
    { source: 'transaction' }),
  envelope('escrow.refunded', { escrowId: entity(53), contractId: entity(63), customerId: entity(1), amount: 12.34, reason: TRICKY.separators },
    { source: 'transaction', metadata: { refundedBy: { id: entity(3), role: 'admin' } } }),
  // dispute.opened
  envelope('dispute.opened', { disputeId: entity(70), contractId: entity(60), escrowId: entity(50), customerId: entity(1), artisanId: entity(2), category: 'quality', reason: 'Leaking pipe' },
    { source: 'transaction' }),
  envelope('dispute.opened', { disputeId: entity(71), contractId: entity(61), escrowId: entity(51), customerId: entity(1), artisanId: entity(2), category: TRICKY.cjk, reason: TRICKY.controls + TRICKY.del },
    { source: 'transaction', correlationId: 'req-9', metadata: { evidence: [{ kind: 'photo', bytes: 204800 }, { kind: 'text', bytes: 0 }] } }),
  // dispute.resolved: both optionals, each alone, neither
  envelope('dispute.resolved', { disputeId: entity(70), contractId: entity(60), decision: 'split', customerRefund: 5000, artisanPayment: 10000.5 },
    { source: 'transaction' }),
  envelope('dispute.resolved', { disputeId: entity(71), contractId: entity(61), decision: 'customer', customerRefund: 15000, artisanPayment: undefined },
    { source: 'transaction', correlationId: 'req-10' }),
  envelope('dispute.resolved', { disputeId: entity(72), contractId: entity(62), decision: 'artisan', customerRefund: undefined, artisanPayment: 0.1 },
    { source: 'transaction', metadata: { resolvedBy: entity(3) } }),
  envelope('dispute.resolved', { disputeId: entity(73), contractId: entity(63), decision: 'dismissed', customerRefund: undefined, artisanPayment: undefined },
    { source: 'transaction' }),
  // dispute.escalated
  envelope('dispute.escalated', { disputeId: entity(70), reason: 'open for too long', daysOpen: 7 }, { source: 'transaction' }),
  envelope('dispute.escalated', { disputeId: entity(71), reason: TRICKY.accents, daysOpen: 0 },
    { source: 'transaction', correlationId: 'cron-escalation', metadata: { thresholdDays: 7, escalatedAt: new Date(BASE_MS).toISOString() } }),
  // verification.*
  envelope('verification.submitted', { applicationId: entity(80), artisanProfileId: entity(20), userId: entity(2) }, { source: 'artisan' }),
  envelope('verification.submitted', { applicationId: entity(81), artisanProfileId: entity(21), userId: entity(6) },
    { source: 'artisan', correlationId: 'req-11', metadata: { documents: 3 } }),
  envelope('verification.approved', { applicationId: entity(80), artisanProfileId: entity(20), userId: entity(2) }, { source: 'artisan' }),
  envelope('verification.approved', { applicationId: entity(81), artisanProfileId: entity(21), userId: entity(6) },
    { source: 'artisan', correlationId: 'req-12', metadata: { reviewer: entity(3), score: 97.5 } }),
  envelope('verification.rejected', { applicationId: entity(82), artisanProfileId: entity(22), userId: entity(7), reason: 'ID photo unreadable' },
    { source: 'artisan' }),
  envelope('verification.rejected', { applicationId: entity(83), artisanProfileId: entity(23), userId: entity(8), reason: TRICKY.loneHigh + TRICKY.emoji },
    { source: 'artisan', correlationId: 'req-13', metadata: { reviewer: entity(3) } }),
  // message.sent
  envelope('message.sent', { messageId: entity(90), conversationId: entity(91), senderId: entity(1), recipientId: entity(2) }, { source: 'messaging' }),
  envelope('message.sent', { messageId: entity(92), conversationId: entity(91), senderId: entity(2), recipientId: entity(1) },
    { source: 'messaging', correlationId: 'ws-42', metadata: { preview: TRICKY.emoji, length: 512 } }),
  // notification.send: every channel, with and without data, from several services
  envelope('notification.send', { userId: entity(1), type: 'push', title: 'Booking confirmed', body: 'Your plumber is on the way', data: undefined },
    { source: 'platform' }),
  envelope('notification.send', { userId: entity(2), type: 'sms', title: TRICKY.cjk, body: TRICKY.controls,
    data: { bookingId: entity(10), amount: 15000.5, flags: [true, false, null], deep: { z: 1, a: 2, 3: 'three', 1: 'one' } } },
    { source: 'transaction', correlationId: 'req-14', metadata: { priority: 'high' } }),
  envelope('notification.send', { userId: entity(3), type: 'email', title: TRICKY.quotes, body: TRICKY.separators + TRICKY.invisible, data: {} },
    { source: 'users' }),
  // timestamps toISOString writes in less common forms
  envelope('message.sent', { messageId: entity(93), conversationId: entity(91), senderId: entity(1), recipientId: entity(2) },
    { source: 'messaging', ms: 0 }),
  envelope('message.sent', { messageId: entity(94), conversationId: entity(91), senderId: entity(1), recipientId: entity(2) },
    { source: 'messaging', ms: Date.UTC(999, 11, 31, 23, 59, 59, 999) }),
  envelope('message.sent', { messageId: entity(95), conversationId: entity(91), senderId: entity(1), recipientId: entity(2) },
    { source: 'messaging', ms: -1 }),
  envelope('message.sent', { messageId: entity(96), conversationId: entity(91), senderId: entity(1), recipientId: entity(2) },
    { source: 'messaging', ms: Date.UTC(-1, 0, 1) }),
  envelope('message.sent', { messageId: entity(97), conversationId: entity(91), senderId: entity(1), recipientId: entity(2) },
    { source: 'messaging', ms: Date.UTC(10000, 0, 1, 0, 0, 0, 1) }),
  // numbers JavaScript prints in every notation, in metadata
  envelope('payment.received', { paymentId: entity(43), bookingId: entity(13), customerId: entity(1), amount: 1, reference: 'numbers-special' },
    { source: 'transaction', metadata: { numbers: torture.special } }),
  envelope('payment.received', { paymentId: entity(44), bookingId: entity(14), customerId: entity(1), amount: 2, reference: 'numbers-random' },
    { source: 'transaction', metadata: { numbers: torture.random } }),
];

// Guard the script itself: payload keys in catalog order, required ones present, nothing extra.
for (const event of events) {
  const fields = CATALOG[event.type];
  if (!fields) throw new Error(`not a catalog type: ${event.type}`);
  const present = Object.keys(JSON.parse(JSON.stringify(event.payload)));
  const expected = fields.filter((f) => !f.endsWith('?') || present.includes(f.slice(0, -1))).map((f) => f.replace('?', ''));
  if (present.join() !== expected.join()) throw new Error(`${event.type}: keys ${present} are not ${expected}`);
}
for (const type of Object.keys(CATALOG)) {
  if (events.filter((e) => e.type === type).length < 2) throw new Error(`fewer than two ${type}`);
}

/** Doubles whose shortest form is hard to get right: specials, subnormals, powers, and seeded random bit patterns. */
function numberTorture() {
  const special = [0, -0, 1, -1, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 100, 1e6, 1e-6, 1e-7, 0.000001, 0.0000012345,
    123e-20, 1.5e-7, 1e20, 1e21, 1.2345e21, 123456789012345680000, 9007199254740991, 9007199254740992, 9007199254740993,
    -9007199254740991, 2 ** 53 + 2, 2 ** 60, 2 ** 64, 2 ** 70, -(2 ** 31), 2 ** 31 - 1, 2 ** 32, 4294967295,
    Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE, Number.EPSILON, 2.2250738585072014e-308,
    2.225073858507201e-308, 4.9406564584124654e-324, 1e-323, 1.5e-323, 2e-323, 2.5e-323, 1e-322, 1e-310, 1e308, 5e-310,
    0.5, 0.25, 0.125, 1.005, 2.675, 4.35, 15000.5, -15000.5, 123456789.123, 1.7976931348623157e308];
  for (let k = 1; k <= 40; k++) special.push(k * Number.MIN_VALUE);
  for (let e = -1074; e <= 1023; e += 37) special.push(2 ** e);
  for (let e = -323; e <= 308; e += 13) special.push(Number(`1e${e}`), Number(`9.87654321e${e}`));
  for (let e = -10; e <= 25; e++) special.push(10 ** e, 5 * 10 ** e, -(10 ** e));

  // xorshift64*, seeded: random bit patterns cover every exponent, so every notation and many digit counts
  let state = 0x9e3779b97f4a7c15n;
  const mask = (1n << 64n) - 1n;
  const view = new DataView(new ArrayBuffer(8));
  const random = [];
  while (random.length < 400) {
    state ^= state >> 12n; state ^= (state << 25n) & mask; state ^= state >> 27n;
    view.setBigUint64(0, (state * 0x2545f4914f6cdd1dn) & mask);
    const value = view.getFloat64(0);
    if (Number.isFinite(value)) random.push(value);
  }
  return { special, random };
}

// ---------------------------------------------------------------------------------------------------
// Invalid input: raw wire text, each with the field paths the decoder must report.

const valid = (type, payload, extra = {}) => ({
  id: uuid(0xbad, 1),
  type,
  payload,
  timestamp: new Date(BASE_MS).toISOString(),
  source: 'transaction',
  ...extra,
});
const REVIEW = { reviewId: entity(30), artisanProfileId: entity(20), customerId: entity(1), rating: 4, title: 'Good' };
const USER = { userId: entity(1), email: 'ada@korrect.ng', firstName: 'Ada', lastName: 'Obi', role: 'customer' };
const PAYMENT = { paymentId: entity(40), bookingId: entity(10), customerId: entity(1), amount: 100, reference: 'r' };
const BOOKING = { bookingId: entity(10), customerId: entity(1), artisanId: entity(2), artisanProfileId: entity(20), service: 's', status: 'pending' };
const CONFIRMED = { bookingId: entity(10), customerId: entity(1), artisanId: entity(2), finalPrice: 100 };
const CANCELLED = { bookingId: entity(10), customerId: entity(1), artisanId: entity(2), cancelledBy: 'customer' };
const RESOLVED = { disputeId: entity(70), contractId: entity(60), decision: 'split', customerRefund: 1, artisanPayment: 2 };
const ESCALATED = { disputeId: entity(70), reason: 'slow', daysOpen: 3 };
const RELEASED = { escrowId: entity(50), contractId: entity(60), milestone: 1, amount: 10, artisanId: entity(2) };
const NOTIFICATION = { userId: entity(1), type: 'push', title: 't', body: 'b' };

const review = (changes, extra) => JSON.stringify(valid('review.created', { ...REVIEW, ...changes }, extra));
const user = (changes) => JSON.stringify(valid('user.created', { ...USER, ...changes }));
const without = (object, key) => Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));
const envelopeWithout = (key) => JSON.stringify(without(valid('review.created', REVIEW), key));
const payloadFirst = ({ payload, ...rest }) => JSON.stringify({ payload, ...rest });
const envelopeWith = (key, value) => JSON.stringify({ ...valid('review.created', REVIEW), [key]: value });

const invalid = [
  // not JSON, not an object
  ['not JSON at all', [''], 'this is not json'],
  ['empty input', [''], ''],
  ['only white space', [''], '   \n'],
  ['truncated JSON', [''], review().slice(0, 60)],
  ['single-quoted JSON', [''], "{'id':'x'}"],
  ['trailing garbage after the envelope', [''], review() + ' x'],
  ['two envelopes on one line', [''], review() + review()],
  ['a JSON array', [''], `[${review()}]`],
  ['a JSON string', [''], JSON.stringify(review())],
  ['a JSON number', [''], '42'],
  ['JSON null', [''], 'null'],
  ['JSON true', [''], 'true'],
  // what lenient parsers take and JSON.parse refuses
  ['a number with a leading zero', [''], review().replace('"rating":4', '"rating":04')],
  ['NaN as a number', [''], review().replace('"rating":4', '"rating":NaN')],
  ['a trailing comma', [''], review().replace(/}$/, ',}')],
  ['a comment', [''], review().replace('{"id"', '/* hi */{"id"')],
  ['an unquoted member name', [''], review().replace('"rating":4', 'rating:4')],
  ['a raw newline inside a string', [''], review().replace('"title":"Good"', '"title":"Go\nod"')],
  ['an invalid escape in a string', [''], review().replace('"title":"Good"', '"title":"\\x41"')],
  // id
  ['id missing', ['id'], envelopeWithout('id')],
  ['id null', ['id'], envelopeWith('id', null)],
  ['id a number', ['id'], envelopeWith('id', 42)],
  ['id not a UUID', ['id'], envelopeWith('id', 'evt-123')],
  ['id a UUID without hyphens', ['id'], envelopeWith('id', uuid(1).replaceAll('-', ''))],
  ['id a UUID in braces', ['id'], envelopeWith('id', `{${uuid(1)}}`)],
  ['id a UUID with a non-hex digit', ['id'], envelopeWith('id', uuid(1).replace(/.$/, 'g'))],
  ['id empty', ['id'], envelopeWith('id', '')],
  // type
  ['type missing', ['type'], envelopeWithout('type')],
  ['type null', ['type'], envelopeWith('type', null)],
  ['type a number', ['type'], envelopeWith('type', 7)],
  ['type outside the catalog', ['type'], envelopeWith('type', 'booking.exploded')],
  ['type in the wrong case', ['type'], envelopeWith('type', 'Review.Created')],
  ['type as the stream key', ['type'], envelopeWith('type', 'korrect:events:review.created')],
  ['type empty', ['type'], envelopeWith('type', '')],
  // timestamp
  ['timestamp missing', ['timestamp'], envelopeWithout('timestamp')],
  ['timestamp null', ['timestamp'], envelopeWith('timestamp', null)],
  ['timestamp epoch millis', ['timestamp'], envelopeWith('timestamp', BASE_MS)],
  ['timestamp not a date', ['timestamp'], envelopeWith('timestamp', 'yesterday')],
  ['timestamp a date without time', ['timestamp'], envelopeWith('timestamp', '2026-11-26')],
  ['timestamp without offset', ['timestamp'], envelopeWith('timestamp', '2026-11-26T19:22:40.123')],
  ['timestamp with a space for T', ['timestamp'], envelopeWith('timestamp', '2026-11-26 19:22:40.123Z')],
  ['timestamp on a day that does not exist', ['timestamp'], envelopeWith('timestamp', '2026-02-30T19:22:40.123Z')],
  ['timestamp with hour 24', ['timestamp'], envelopeWith('timestamp', '2026-11-26T24:00:00.000Z')],
  ['timestamp in Date.toString form', ['timestamp'], envelopeWith('timestamp', new Date(BASE_MS).toUTCString())],
  ['timestamp empty', ['timestamp'], envelopeWith('timestamp', '')],
  // source
  ['source missing', ['source'], envelopeWithout('source')],
  ['source null', ['source'], envelopeWith('source', null)],
  ['source a number', ['source'], envelopeWith('source', 3003)],
  ['source an object', ['source'], envelopeWith('source', { name: 'transaction' })],
  ['source empty', ['source'], envelopeWith('source', '')],
  ['source blank', ['source'], envelopeWith('source', '  \t ')],
  // correlationId and metadata, when present and not null
  ['correlationId a number', ['correlationId'], envelopeWith('correlationId', 12345)],
  ['metadata an array', ['metadata'], envelopeWith('metadata', [1, 2])],
  ['metadata a string', ['metadata'], envelopeWith('metadata', '{"a":1}')],
  ['metadata a number', ['metadata'], envelopeWith('metadata', 0)],
  ['metadata a boolean', ['metadata'], envelopeWith('metadata', true)],
  ['metadata holding a number beyond a double', ['metadata.big'],
    envelopeWith('metadata', { big: 1 }).replace('"big":1', '"big":1e400')],
  // payload as a whole
  ['payload missing', ['payload'], envelopeWithout('payload')],
  ['payload null', ['payload'], envelopeWith('payload', null)],
  ['payload an array', ['payload'], envelopeWith('payload', [REVIEW])],
  ['payload a string', ['payload'], envelopeWith('payload', JSON.stringify(REVIEW))],
  ['payload of an unknown type is not read', ['type'], JSON.stringify(valid('review.exploded', { rating: 99 }))],
  // required fields missing
  ['user.created without email', ['payload.email'], JSON.stringify(valid('user.created', without(USER, 'email')))],
  ['booking.created without status', ['payload.status'], JSON.stringify(valid('booking.created', without(BOOKING, 'status')))],
  ['booking.cancelled without cancelledBy', ['payload.cancelledBy'], JSON.stringify(valid('booking.cancelled', without(CANCELLED, 'cancelledBy')))],
  ['review.created without rating', ['payload.rating'], review({ rating: undefined })],
  ['payment.received without amount', ['payload.amount'], JSON.stringify(valid('payment.received', without(PAYMENT, 'amount')))],
  ['notification.send without body', ['payload.body'], JSON.stringify(valid('notification.send', without(NOTIFICATION, 'body')))],
  ['empty payload of message.sent', ['payload.messageId', 'payload.conversationId', 'payload.senderId', 'payload.recipientId'],
    JSON.stringify(valid('message.sent', {}))],
  // wrong JSON type
  ['rating a string', ['payload.rating'], review({ rating: '5' })],
  ['rating not an integer', ['payload.rating'], review({ rating: 4.5 })],
  ['rating null', ['payload.rating'], review({ rating: null })],
  ['title a number', ['payload.title'], review({ title: 5 })],
  ['title null', ['payload.title'], review({ title: null })],
  ['reviewId an object', ['payload.reviewId'], review({ reviewId: { id: 1 } })],
  ['userId a number', ['payload.userId'], user({ userId: 42 })],
  ['amount a string', ['payload.amount'], JSON.stringify(valid('payment.received', { ...PAYMENT, amount: '100' }))],
  ['amount a boolean', ['payload.amount'], JSON.stringify(valid('payment.received', { ...PAYMENT, amount: true }))],
  ['amount beyond a double', ['payload.amount'],
    JSON.stringify(valid('payment.received', PAYMENT)).replace('"amount":100', '"amount":1e400')],
  ['customerRefund a string', ['payload.customerRefund'], JSON.stringify(valid('dispute.resolved', { ...RESOLVED, customerRefund: '1' }))],
  ['changes a string', ['payload.changes'], JSON.stringify(valid('user.updated', { userId: entity(1), changes: 'email' }))],
  ['changes holding a number', ['payload.changes[1]'], JSON.stringify(valid('user.updated', { userId: entity(1), changes: ['email', 3] }))],
  ['changes null', ['payload.changes'], JSON.stringify(valid('user.updated', { userId: entity(1), changes: null }))],
  ['role a number', ['payload.role'], user({ role: 1 })],
  ['data a string', ['payload.data'], JSON.stringify(valid('notification.send', { ...NOTIFICATION, data: 'x' }))],
  ['data an array', ['payload.data'], JSON.stringify(valid('notification.send', { ...NOTIFICATION, data: [] }))],
  ['daysOpen beyond 32 bits in exponent form', ['payload.daysOpen'],
    JSON.stringify(valid('dispute.escalated', ESCALATED)).replace('"daysOpen":3', '"daysOpen":1e10')],
  ['daysOpen a long integer', ['payload.daysOpen'],
    JSON.stringify(valid('dispute.escalated', ESCALATED)).replace('"daysOpen":3', '"daysOpen":12345678901')],
  ['milestone a string', ['payload.milestone'], JSON.stringify(valid('escrow.released', { ...RELEASED, milestone: '1' }))],
  // closed sets
  ['role outside the closed set', ['payload.role'], user({ role: 'superuser' })],
  ['role in the wrong case', ['payload.role'], user({ role: 'Customer' })],
  ['cancelledBy outside the closed set', ['payload.cancelledBy'], JSON.stringify(valid('booking.cancelled', { ...CANCELLED, cancelledBy: 'system' }))],
  ['notification type outside the closed set', ['payload.type'], JSON.stringify(valid('notification.send', { ...NOTIFICATION, type: 'fax' }))],
  ['notification type empty', ['payload.type'], JSON.stringify(valid('notification.send', { ...NOTIFICATION, type: '' }))],
  // blank identifiers
  ['reviewId empty', ['payload.reviewId'], review({ reviewId: '' })],
  ['userId blank', ['payload.userId'], user({ userId: '   ' })],
  ['bookingId blank with tab and newline', ['payload.bookingId'], JSON.stringify(valid('booking.created', { ...BOOKING, bookingId: '\t\n' }))],
  ['escrowId empty', ['payload.escrowId'], JSON.stringify(valid('escrow.released', { ...RELEASED, escrowId: '' }))],
  // negative amounts
  ['amount negative', ['payload.amount'], JSON.stringify(valid('payment.received', { ...PAYMENT, amount: -1 }))],
  ['finalPrice negative', ['payload.finalPrice'], JSON.stringify(valid('booking.confirmed', { ...CONFIRMED, finalPrice: -0.01 }))],
  ['customerRefund negative', ['payload.customerRefund'], JSON.stringify(valid('dispute.resolved', { ...RESOLVED, customerRefund: -5 }))],
  ['artisanPayment negative', ['payload.artisanPayment'], JSON.stringify(valid('dispute.resolved', { ...RESOLVED, artisanPayment: -100 }))],
  ['amount of escrow.released negative', ['payload.amount'], JSON.stringify(valid('escrow.released', { ...RELEASED, amount: -1e-7 }))],
  // ranges
  ['rating 0', ['payload.rating'], review({ rating: 0 })],
  ['rating 6', ['payload.rating'], review({ rating: 6 })],
  ['rating negative', ['payload.rating'], review({ rating: -1 })],
  ['daysOpen negative', ['payload.daysOpen'], JSON.stringify(valid('dispute.escalated', { ...ESCALATED, daysOpen: -1 }))],
  ['milestone negative', ['payload.milestone'], JSON.stringify(valid('escrow.released', { ...RELEASED, milestone: -1 }))],
  // emails
  ['email without @', ['payload.email'], user({ email: 'ada.korrect.ng' })],
  ['email without a dot in the domain', ['payload.email'], user({ email: 'ada@localhost' })],
  ['email with a space', ['payload.email'], user({ email: 'ada obi@korrect.ng' })],
  ['email with two @', ['payload.email'], user({ email: 'ada@obi@korrect.ng' })],
  ['email empty', ['payload.email'], user({ email: '' })],
  ['email of user.deleted invalid', ['payload.email'], JSON.stringify(valid('user.deleted', { userId: entity(1), email: 'nope' }))],
  ['email of user.email_verified invalid', ['payload.email'], JSON.stringify(valid('user.email_verified', { userId: entity(1), email: '@korrect.ng' }))],
  // lists
  ['changes empty', ['payload.changes'], JSON.stringify(valid('user.updated', { userId: entity(1), changes: [] }))],
  // several problems at once, all reported
  ['every problem is reported', ['payload.reviewId', 'payload.rating', 'source'],
    review({ reviewId: ' ', rating: 9 }, { source: '' })],
  ['a bad envelope and a bad payload', ['id', 'timestamp', 'payload.email', 'payload.role'],
    JSON.stringify({ ...valid('user.created', { ...USER, email: 'x', role: 'root' }), id: 'nope', timestamp: 'now' })],
  ['payload before type is still checked', ['payload.rating'], payloadFirst(valid('review.created', { ...REVIEW, rating: 7 }))],
  ['metadata nested deeper than the codec allows', [''],
    envelopeWith('metadata', { a: 1 }).replace('{"a":1}', '{"a":'.repeat(100) + '1' + '}'.repeat(100))],
];

const names = new Set();
for (const [name] of invalid) {
  if (names.has(name)) throw new Error(`duplicate case ${name}`);
  names.add(name);
}

mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'events.jsonl'), events.map((e) => JSON.stringify(e)).join('\n') + '\n', 'utf8');
writeFileSync(join(OUT, 'invalid-events.jsonl'),
  invalid.map(([name, paths, wire]) => JSON.stringify({ case: name, paths, wire })).join('\n') + '\n', 'utf8');
console.log(`wrote ${events.length} events and ${invalid.length} invalid cases to ${OUT}`);
