package benchorders_test

import "flag"

// The module's golden files are refreshed with "go test ./... -update", which
// passes -update to every test binary; this package has none, and accepts
// the flag so that the command works.
var _ = flag.Bool("update", false, "rewrite golden files (none in this package)")
