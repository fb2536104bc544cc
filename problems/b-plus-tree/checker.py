"""Every operation's result against the reference, and every dump() against the B+ tree
invariants of the statement: the structure itself may differ from the reference's (another
split point, borrowing before merging), only the invariants and the stored pairs must hold.

The dump comes from the solution's process: it is data of any shape. Every field is checked
for its type before it is read, so a malformed dump gets a sentence, never a crash.
"""

from judge.values import show

LEAF_FIELDS = ("id", "keys", "values", "next")
INTERNAL_FIELDS = ("keys", "children")


class Violation(Exception):
    """A broken invariant: the message names it and the node's path."""


def _is_int(value):
    return isinstance(value, int) and not isinstance(value, bool)


def _int_list(value):
    return isinstance(value, list) and all(_is_int(item) for item in value)


def _fields(node, path):
    """'leaf' or 'internal', after checking the node's fields and their types."""
    if not isinstance(node, dict):
        raise Violation(f"format: {path} is not a node dict (got {show(node, 60)})")
    # A leaf dumped with an empty "children" field is still a leaf (with a field too many).
    if "children" in node and not (node["children"] == [] and "id" in node):
        if node.get("values"):
            raise Violation(
                f"values only in leaves: the internal node {path} holds values; in a B+ tree internal nodes hold "
                "separator keys only, every value lives in a leaf (this is a B-tree)"
            )
        if set(node) != set(INTERNAL_FIELDS):
            raise Violation(
                f"format: the internal node {path} has the fields {show(sorted(node), 120)}; "
                f"an internal node has exactly {list(INTERNAL_FIELDS)}"
            )
        if not _int_list(node["keys"]):
            raise Violation(f"format: {path}.keys is not a list of integers")
        if not isinstance(node["children"], list) or not node["children"]:
            raise Violation(f"format: {path}.children is not a non-empty list")
        if len(node["children"]) != len(node["keys"]) + 1:
            raise Violation(
                f"format: the internal node {path} has {len(node['keys'])} keys and {len(node['children'])} children; "
                "an internal node with k keys has k + 1 children"
            )
        return "internal"
    if set(node) != set(LEAF_FIELDS):
        raise Violation(f"format: the leaf {path} has the fields {show(sorted(node), 120)}; a leaf has exactly {list(LEAF_FIELDS)}")
    if not _int_list(node["keys"]) or not _int_list(node["values"]):
        raise Violation(f"format: {path}.keys and {path}.values must be lists of integers")
    if len(node["keys"]) != len(node["values"]):
        raise Violation(f"format: the leaf {path} has {len(node['keys'])} keys but {len(node['values'])} values")
    if not _is_int(node["id"]):
        raise Violation(f"format: {path}.id is not an integer")
    if node["next"] is not None and not _is_int(node["next"]):
        raise Violation(f"format: {path}.next is neither an integer nor None")
    return "leaf"


def _walk(root):
    """Every node with its path, depth and kind, in left-to-right (depth-first) order."""
    nodes = []
    stack = [(root, "root", 0)]
    while stack:
        node, path, depth = stack.pop()
        kind = _fields(node, path)
        nodes.append((node, path, depth, kind))
        if kind == "internal":
            children = node["children"]
            for index in range(len(children) - 1, -1, -1):
                stack.append((children[index], f"{path}.children[{index}]", depth + 1))
    return nodes


def _occupancy(node, path, kind, order):
    keys = len(node["keys"])
    low, high = (order + 1) // 2 - 1, order - 1
    if path == "root":
        if kind == "internal" and not 2 <= len(node["children"]) <= order:
            extra = " (when a merge leaves the root with one child, that child becomes the root)" if len(node["children"]) == 1 else ""
            raise Violation(f"occupancy: the root has {len(node['children'])} children; an internal root has 2 to m = {order}{extra}")
        if keys > high:
            raise Violation(f"occupancy: the root {kind} holds {keys} keys; at most m - 1 = {high} for order {order}")
        return
    if keys > high:
        raise Violation(
            f"occupancy: the {kind} {path} holds {keys} keys; at most m - 1 = {high} for order {order} "
            "(split a node as soon as it overflows)"
        )
    if keys < low:
        raise Violation(
            f"occupancy: the {kind} {path} holds {keys} keys; every node but the root holds at least ceil(m/2) - 1 = {low} "
            f"for order {order} (when a delete leaves a node below that, borrow from a sibling or merge with it)"
        )


def _subtree_ranges(nodes):
    """(smallest, largest) leaf key under each node, by path; None for a subtree without keys."""
    ranges = {}
    for node, path, _depth, kind in reversed(nodes):
        if kind == "leaf":
            keys = node["keys"]
            ranges[path] = (keys[0], keys[-1]) if keys else None
            continue
        parts = [ranges[f"{path}.children[{index}]"] for index in range(len(node["children"]))]
        parts = [part for part in parts if part is not None]
        ranges[path] = (parts[0][0], parts[-1][1]) if parts else None
    return ranges


def _separators(nodes):
    ranges = _subtree_ranges(nodes)
    for node, path, _depth, kind in nodes:
        if kind != "internal":
            continue
        keys = node["keys"]
        for index, key in enumerate(keys):
            left = ranges[f"{path}.children[{index}]"]
            right = ranges[f"{path}.children[{index + 1}]"]
            where = f"{path}.keys[{index}] = {key}"
            if left is not None and not left[1] < key:
                raise Violation(
                    f"separator keys: {where}, but its left subtree {path}.children[{index}] holds {left[1]}; "
                    "a separator is greater than every key on its left and at most every key on its right "
                    "(a key equal to a separator belongs to the right subtree)"
                )
            if right is not None and not key <= right[0]:
                raise Violation(
                    f"separator keys: {where}, but its right subtree {path}.children[{index + 1}] holds {right[0]}; "
                    "a separator is greater than every key on its left and at most every key on its right"
                )


def check_structure(dump, order):
    """The leaves' (key, value) pairs in chain order, or Violation naming the first broken invariant."""
    nodes = _walk(dump)
    leaves = [(node, path, depth) for node, path, depth, kind in nodes if kind == "leaf"]
    depth0 = leaves[0][2]
    for _node, path, depth in leaves:
        if depth != depth0:
            raise Violation(
                f"leaf depth: the leaf {leaves[0][1]} is at depth {depth0} but the leaf {path} at depth {depth}; "
                "every leaf is at one depth"
            )
    for node, path, _depth, kind in nodes:
        _occupancy(node, path, kind, order)
    for node, path, _depth, _kind in nodes:
        keys = node["keys"]
        for index in range(1, len(keys)):
            if not keys[index - 1] < keys[index]:
                raise Violation(f"sorted keys: {path}.keys is not strictly increasing ({keys[index - 1]} then {keys[index]})")
    _separators(nodes)
    seen = {}
    for _node, path, _depth in leaves:
        leaf_id = _node["id"]
        if leaf_id in seen:
            raise Violation(f"leaf chain: the leaves {seen[leaf_id]} and {path} have the same id {leaf_id}")
        seen[leaf_id] = path
    for (leaf, path, _depth), (following, next_path, _d) in zip(leaves, leaves[1:]):
        if leaf["next"] != following["id"]:
            target = "None" if leaf["next"] is None else f"id {leaf['next']}"
            raise Violation(
                f"leaf chain: the leaf {path} links next to {target}, but the leaf to its right is {next_path} "
                f"(id {following['id']}); the leaves are chained left to right (update next when a leaf splits or merges)"
            )
    last, last_path, _depth = leaves[-1]
    if last["next"] is not None:
        raise Violation(f"leaf chain: the last leaf {last_path} links next to {last['next']}; the last leaf's next is None")
    pairs = []
    for leaf, _path, _depth in leaves:
        pairs += zip(leaf["keys"], leaf["values"])
    return pairs


def reference_pairs(dump):
    """The (key, value) pairs of the reference's dump, left to right (trusted, well formed)."""
    pairs = []
    stack = [dump]
    while stack:
        node = stack.pop()
        if "children" in node:
            stack.extend(reversed(node["children"]))
        else:
            pairs += zip(node["keys"], node["values"])
    return pairs


def _contents(got_pairs, want_pairs):
    """The first difference between the stored pairs and the reference's, or None."""
    got, want = dict(got_pairs), dict(want_pairs)
    for key, value in want_pairs:
        if key not in got:
            return f"contents: key {key} is in no leaf, but the tree holds it (value {value})"
        if got[key] != value:
            return f"contents: key {key} is stored with value {got[key]}, should be {value} (insert of a present key replaces its value)"
    for key, _value in got_pairs:
        if key not in want:
            return f"contents: the leaves hold key {key}, which the tree does not hold (never inserted, or deleted)"
    return None


def _dump_problem(got, expected, order):
    try:
        pairs = check_structure(got, order)
    except Violation as violation:
        return str(violation)
    return _contents(pairs, reference_pairs(expected))


def _range_problem(args, expected, got):
    lo, hi = args
    message = f"range({lo}, {hi}) returned {show(got, 120)}, expected {show(expected, 120)}"
    if len(got) < len(expected) and got == expected[: len(got)]:
        returned = f"the first {len(got)} of the {len(expected)} values" if got else f"none of the {len(expected)} values"
        message += (
            f": it returned {returned} and stopped; range must follow each leaf's next link until it passes hi, "
            "not stop at the end of the first leaf"
        )
    return message


def _result_problem(name, args, expected, got):
    if name == "insert":
        return None  # void: the judge drops what it returns
    if name == "range":
        return None if got == expected else _range_problem(args, expected, got)
    if type(got) is not type(expected) or got != expected:
        call = f"{name}({', '.join(str(a) for a in args)})"
        note = " (-1 when the key is absent)" if name == "search" else ""
        return f"{call} returned {show(got, 60)}, expected {show(expected, 60)}{note}"
    return None


def check(args, expected, got, extras):
    operations, arguments = args["operations"], args["arguments"]
    if not isinstance(got, list) or len(got) != len(operations):
        return False, f"expected a list of {len(operations)} outputs, got {show(got, 60)}"
    order = arguments[0][0]
    first = None
    for index in range(1, len(operations)):
        name = operations[index]
        if name == "dump":
            problem = _dump_problem(got[index], expected[index], order)
        else:
            problem = _result_problem(name, arguments[index], expected[index], got[index])
        if problem is not None:
            first = (index, name, problem)
            break
    if first is None:
        return True, ""
    index, name, problem = first
    message = f"operations[{index}] ({name}): {problem}"
    if name != "dump":
        # A wrong result often comes from a broken structure that a later dump() shows: name it too.
        for later in range(index + 1, len(operations)):
            if operations[later] != "dump":
                continue
            try:
                check_structure(got[later], order)
            except Violation as violation:
                message += f"; the dump() at operations[{later}] shows the cause: {violation}"
                break
    return False, message
