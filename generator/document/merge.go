package document

// Merge applies the RFC 7396 JSON Merge Patch patch to target and returns
// the result. A patch that is not an object replaces the target. An object
// patch turns a non-object target into an empty object, then for each of
// its members: a null value deletes the target member of that name, any
// other value is merged into it recursively. Existing members keep their
// position; new members are appended in the patch's order.
//
// Merge never modifies target or patch. Nodes it builds have Offset 0; the
// result shares unchanged subtrees with target and non-object values with
// patch, so use Clone before editing the result if they must stay intact.
// A nil target or patch counts as null.
func Merge(target, patch *Node) *Node {
	if patch == nil {
		return &Node{Kind: Null}
	}
	if patch.Kind != Object {
		return patch
	}
	var members []Member
	if target != nil && target.Kind == Object {
		members = make([]Member, len(target.Members), len(target.Members)+len(patch.Members))
		copy(members, target.Members)
	}
	index := make(map[string]int, len(members)+len(patch.Members))
	for i, m := range members {
		index[m.Name] = i
	}
	deleted := false
	for _, pm := range patch.Members {
		i, ok := index[pm.Name]
		switch {
		case pm.Value == nil || pm.Value.Kind == Null:
			if ok {
				members[i].Value = nil
				delete(index, pm.Name)
				deleted = true
			}
		case ok:
			members[i].Value = Merge(members[i].Value, pm.Value)
		default:
			index[pm.Name] = len(members)
			members = append(members, Member{Name: pm.Name, Value: Merge(nil, pm.Value)})
		}
	}
	if deleted {
		live := members[:0]
		for _, m := range members {
			if m.Value != nil {
				live = append(live, m)
			}
		}
		members = live
	}
	return &Node{Kind: Object, Members: members}
}
