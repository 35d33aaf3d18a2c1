// Package textdiff computes line-based differences between two texts and
// renders them in the unified format printed by "diff -u" and "git diff".
//
// The differences are found with Myers' O(ND) algorithm in its linear-space
// (divide and conquer) form, after stripping the common prefix and suffix and
// setting aside lines that occur in only one of the two texts. When a
// subproblem turns out to be too expensive, the search stops early and splits
// the subproblem at the furthest point reached, so the result is always a
// correct, if then not necessarily minimal, edit script, computed in time
// roughly linear in the input size times a fixed cost bound and in memory
// linear in the input size.
package textdiff
