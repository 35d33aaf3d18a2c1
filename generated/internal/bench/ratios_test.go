package bench

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"text/tabwriter"
	"time"
)

var ratiosFile = flag.String("ratios", "", "print the ratios and targets for this `file` of go test -bench output")

// The targets the benchmarks are measured against.
const (
	targetSpeedup    = 20.0            // generated Validate vs jsonschema/v5, at least
	targetFloorRatio = 1.3             // json.Unmarshal+Validate vs plain encoding/json, at most
	targetBigSchema  = 1 * time.Second // generating 10,000 properties, CPU time, at most
)

// results holds the median of every metric of every benchmark, by name
// (without the -GOMAXPROCS suffix) and unit.
type results map[string]map[string]float64

// parseResults reads go test -bench output, as many runs (-count) as it
// holds, and returns the median of each metric.
func parseResults(r io.Reader) (results, error) {
	all := map[string]map[string][]float64{}
	var names []string
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") || len(f)%2 != 0 {
			continue
		}
		name := trimProcs(f[0])
		if all[name] == nil {
			all[name] = map[string][]float64{}
			names = append(names, name)
		}
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				return nil, fmt.Errorf("%q: %v", sc.Text(), err)
			}
			all[name][f[i+1]] = append(all[name][f[i+1]], v)
		}
	}
	res := results{}
	for _, name := range names {
		res[name] = map[string]float64{}
		for unit, vs := range all[name] {
			res[name][unit] = median(vs)
		}
	}
	return res, sc.Err()
}

// trimProcs removes the -GOMAXPROCS suffix go test adds to benchmark names
// (none when GOMAXPROCS is 1).
func trimProcs(name string) string {
	if i := strings.LastIndexByte(name, '-'); i > 0 {
		if _, err := strconv.Atoi(name[i+1:]); err == nil {
			return name[:i]
		}
	}
	return name
}

func median(vs []float64) float64 {
	s := slices.Clone(vs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// cases returns the schema=S/size=Z prefixes of a benchmark's results, in
// the order they first appear.
func (r results) cases(bench string, names []string) []string {
	var out []string
	for _, n := range names {
		rest, ok := strings.CutPrefix(n, bench+"/")
		if !ok {
			continue
		}
		c := rest[:strings.LastIndex(rest, "/impl=")]
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

func mark(ok bool) string {
	if ok {
		return "ok"
	}
	return "MISSED"
}

// duration formats nanoseconds with three significant digits.
func duration(ns float64) string {
	switch {
	case ns >= 1e9:
		return fmt.Sprintf("%.3gs", ns/1e9)
	case ns >= 1e6:
		return fmt.Sprintf("%.3gms", ns/1e6)
	case ns >= 1e3:
		return fmt.Sprintf("%.3gµs", ns/1e3)
	}
	return fmt.Sprintf("%.3gns", ns)
}

// cost returns a benchmark's CPU time per op (cpu-ns/op) when it was
// measured, else its wall time (ns/op).
func (r results) cost(name string) float64 {
	if cpu, ok := r[name]["cpu-ns/op"]; ok {
		return cpu
	}
	return r[name]["ns/op"]
}

// ratio returns r[a]/r[b] for CPU time and for wall time, formatted.
func (r results) ratio(a, b, format string) (cpu float64, both string) {
	cpu = r.cost(a) / r.cost(b)
	wall := r[a]["ns/op"] / r[b]["ns/op"]
	return cpu, fmt.Sprintf(format+" ("+format+")", cpu, wall)
}

// report writes the ratio tables. Targets are judged on CPU time, which
// other processes disturb less than wall time; wall-time ratios follow in
// parentheses.
func (r results) report(w io.Writer, names []string) {
	fmt.Fprintln(w, "Times are CPU time per op (cpu-ns/op); ratios are of CPU time, wall-time ratio in parentheses.")
	fmt.Fprintln(w)
	r.reportValidate(w, names)
	fmt.Fprintln(w)
	r.reportDecode(w, names)
	fmt.Fprintln(w)
	r.reportPeers(w, names)
	fmt.Fprintln(w)
	r.reportValidators(w, names)
	fmt.Fprintln(w)
	r.reportEncode(w, names)
	fmt.Fprintln(w)
	r.reportGenerate(w, names)
}

// has reports whether the results hold the benchmark name.
func (r results) has(name string) bool {
	_, ok := r[name]
	return ok
}

// vs formats the CPU time of the benchmark shown and the ratio of a's to
// b's, or "n/a" when one was not run (a peer skipped, or not run on that
// schema).
func (r results) vs(shown, a, b string) string {
	if !r.has(shown) || !r.has(a) || !r.has(b) {
		return "n/a"
	}
	_, text := r.ratio(a, b, "%.2fx")
	return duration(r.cost(shown)) + " " + text
}

// reportPeers compares the generated decoder, with validation, with the
// fastest decoders, without.
func (r results) reportPeers(w io.Writer, names []string) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DECODE vs FAST DECODERS\tUnmarshalJSON+Validate\tgo-json (no validation), ratio\tsonic (no validation), ratio\tjsonrt.Unmarshal, ratio to go-json\tjson.Unmarshal+Validate, ratio to go-json")
	for _, c := range r.cases("BenchmarkDecode", names) {
		p := "BenchmarkDecode/" + c + "/impl="
		direct := p + "generated-direct"
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", c, duration(r.cost(direct)),
			r.vs(p+"gojson", direct, p+"gojson"), r.vs(p+"sonic", direct, p+"sonic"),
			r.vs(p+"generated-fast", p+"generated-fast", p+"gojson"),
			r.vs(p+"generated", p+"generated", p+"gojson"))
	}
	tw.Flush()
}

// reportValidators compares the runtime validators, bytes to verdict, with
// the generated code (UnmarshalJSON + Validate); a ratio is the
// validator's time over the generated code's.
func (r results) reportValidators(w io.Writer, names []string) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "VALIDATORS (bytes to verdict)\tgenerated\tjsonschema/v5\tjsonschema/v6\tkaptinlin\tgoogle")
	for _, c := range r.cases("BenchmarkDecode", names) {
		p := "BenchmarkDecode/" + c + "/impl="
		direct := p + "generated-direct"
		peer := func(impl string) string { return r.vs(p+impl, p+impl, direct) }
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", c, duration(r.cost(direct)), peer("jsonschema"),
			peer("peer-jsonschema-v6"), peer("peer-kaptinlin"), peer("peer-google"))
	}
	tw.Flush()
}

// reportEncode compares the generated MarshalJSON with the encoders of the
// hand-written structs; ratios are the generated code's time over theirs.
func (r results) reportEncode(w io.Writer, names []string) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ENCODE\tMarshalJSON\tencoding/json, ratio\tgo-json, ratio\tsonic, ratio\tjson.Marshal(generated), ratio to encoding/json")
	for _, c := range r.cases("BenchmarkEncode", names) {
		p := "BenchmarkEncode/" + c + "/impl="
		gen := p + "generated"
		other := func(impl string) string { return r.vs(p+impl, gen, p+impl) }
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", c, duration(r.cost(gen)), other("stdlib"),
			other("gojson"), other("sonic"), r.vs(p+"generated-json", p+"generated-json", p+"stdlib"))
	}
	tw.Flush()
}

// reportValidate compares the generated Validate with jsonschema/v5.
func (r results) reportValidate(w io.Writer, names []string) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "VALIDATE (decoded value)\tgenerated\tjsonschema/v5\tspeed-up\t≥20x\tallocs/op\t0 allocs")
	for _, c := range r.cases("BenchmarkValidate", names) {
		gen, js := "BenchmarkValidate/"+c+"/impl=generated", "BenchmarkValidate/"+c+"/impl=jsonschema"
		speedup, text := r.ratio(js, gen, "%.1fx")
		allocs := "n/a (invalid input)"
		if !strings.Contains(c, "oversize") {
			allocs = mark(r[gen]["allocs/op"] == 0)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%.0f\t%s\n", c, duration(r.cost(gen)), duration(r.cost(js)),
			text, mark(speedup >= targetSpeedup), r[gen]["allocs/op"], allocs)
	}
	tw.Flush()
}

// reportDecode compares bytes-to-validated-value with the encoding/json
// floor.
func (r results) reportDecode(w io.Writer, names []string) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DECODE (bytes to valid value)\tgenerated\tstdlib floor\tratio\t≤1.3x\tdirect/floor\tjsonschema/floor")
	for _, c := range r.cases("BenchmarkDecode", names) {
		p := "BenchmarkDecode/" + c + "/impl="
		ratio, text := r.ratio(p+"generated", p+"stdlib", "%.2fx")
		_, direct := r.ratio(p+"generated-direct", p+"stdlib", "%.2fx")
		_, js := r.ratio(p+"jsonschema", p+"stdlib", "%.1fx")
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", c, duration(r.cost(p+"generated")), duration(r.cost(p+"stdlib")),
			text, mark(ratio <= targetFloorRatio), direct, js)
	}
	tw.Flush()
}

// reportGenerate shows how generation time grows with the schema.
func (r results) reportGenerate(w io.Writer, names []string) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "GENERATE\ttime\twall time\tcpu-ns/prop\tvs 1x\ttarget")
	const base = "BenchmarkGenerate/schema=synthetic-1x"
	for _, n := range names {
		g, ok := strings.CutPrefix(n, "BenchmarkGenerate/schema=")
		if !ok {
			continue
		}
		vs, target := "", ""
		switch g {
		case "synthetic-10x", "synthetic-100x":
			limit := 10.0
			if g == "synthetic-100x" {
				limit = 100
			}
			ratio, text := r.ratio(n, base, "%.1fx")
			vs, target = text, fmt.Sprintf("≤ ~%.0fx: %s", limit, mark(ratio <= limit*1.1))
		case "props-10000":
			target = "< 1s CPU: " + mark(r.cost(n) < float64(targetBigSchema))
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%.0f\t%s\t%s\n", g, duration(r.cost(n)), duration(r[n]["ns/op"]), r[n]["cpu-ns/prop"], vs, target)
	}
	tw.Flush()
}

// TestRatios prints, for a file of benchmark results given with -ratios,
// the ratios the targets are about, from the medians of the same run:
//
//	go test ./generated/internal/bench/ -run '^TestRatios$' -v -ratios /tmp/bench.txt
func TestRatios(t *testing.T) {
	if *ratiosFile == "" {
		t.Skip("no -ratios file")
	}
	f, err := os.Open(*ratiosFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	res, names, err := parseOrdered(f)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Println()
	res.report(os.Stdout, names)
}

// parseOrdered is parseResults that also returns the benchmark names in
// the order they appear.
func parseOrdered(r io.Reader) (results, []string, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, nil, err
	}
	res, err := parseResults(strings.NewReader(string(data)))
	if err != nil {
		return nil, nil, err
	}
	var names []string
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		name := trimProcs(f[0])
		if _, ok := res[name]; ok && !slices.Contains(names, name) {
			names = append(names, name)
		}
	}
	return res, names, nil
}

// TestRatioReport checks the parsing, the medians and the ratios of the
// report on a small sample of benchmark output.
func TestRatioReport(t *testing.T) {
	const sample = `goos: linux
BenchmarkValidate/schema=s/size=1KB/impl=generated-2   	 100	 1000 ns/op	 0 B/op	 0 allocs/op
BenchmarkValidate/schema=s/size=1KB/impl=generated-2   	 100	 3000 ns/op	 0 B/op	 0 allocs/op
BenchmarkValidate/schema=s/size=1KB/impl=generated-2   	 100	 1200 ns/op	 0 B/op	 0 allocs/op
BenchmarkValidate/schema=s/size=1KB/impl=jsonschema-2  	 100	 30000 ns/op	 10 B/op	 1 allocs/op
BenchmarkDecode/schema=s/size=1KB/impl=generated-2     	 100	 1400 ns/op	 512.00 MB/s	 8 B/op	 1 allocs/op
BenchmarkDecode/schema=s/size=1KB/impl=generated-direct-2 	 100	 1100 ns/op	 8 B/op	 1 allocs/op
BenchmarkDecode/schema=s/size=1KB/impl=generated-fast-2 	 100	 1050 ns/op	 8 B/op	 1 allocs/op
BenchmarkDecode/schema=s/size=1KB/impl=jsonschema-2    	 100	 9000 ns/op	 8 B/op	 1 allocs/op
BenchmarkDecode/schema=s/size=1KB/impl=stdlib-2        	 100	 1000 ns/op	 8 B/op	 1 allocs/op
BenchmarkDecode/schema=s/size=1KB/impl=gojson-2        	 100	 500 ns/op	 8 B/op	 1 allocs/op
BenchmarkEncode/schema=s/size=1KB/impl=generated-2     	 100	 700 ns/op	 8 B/op	 1 allocs/op
BenchmarkEncode/schema=s/size=1KB/impl=stdlib-2        	 100	 1400 ns/op	 8 B/op	 1 allocs/op
BenchmarkGenerate/schema=synthetic-1x                  	 10	 1000000 ns/op	 60000 ns/prop	 8 B/op	 1 allocs/op
BenchmarkGenerate/schema=synthetic-100x-2              	 1	 150000000 ns/op	 90000 ns/prop	 8 B/op	 1 allocs/op
PASS
`
	res, names, err := parseOrdered(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if got := res["BenchmarkValidate/schema=s/size=1KB/impl=generated"]["ns/op"]; got != 1200 {
		t.Errorf("median = %v, want 1200", got)
	}
	res["x"] = map[string]float64{"ns/op": 10, "cpu-ns/op": 7}
	if got := res.cost("x"); got != 7 {
		t.Errorf("cost = %v, want the CPU time 7", got)
	}
	var b strings.Builder
	res.report(&b, names)
	for _, want := range []string{"25.0x (25.0x)", "ok", "1.40x (1.40x)", "MISSED", "150.0x (150.0x)",
		"500ns 2.20x (2.20x)", "1.05µs 2.10x (2.10x)", "1.4µs 0.50x (0.50x)", "n/a"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, b.String())
		}
	}
}
