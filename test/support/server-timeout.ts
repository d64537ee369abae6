// Server suites open databases and sign staff in inside their hooks; on a shared two-core machine that
// takes seconds, so tests and hooks get 30 s instead of jest's 5 s.
jest.setTimeout(30_000)
