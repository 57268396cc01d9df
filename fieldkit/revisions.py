"""A record's revisions as a graph: content addresses, heads, common ancestors, three-way merge.

Pure functions over plain data (no database): the store, the importer and the
conflict review all decide with these, so every machine decides alike.

* ``rev`` — SHA-256 over the record id, the canonical content (empty fields
  left out, so declaring a new optional field changes no address),
  ``deleted`` and the sorted parent ``rev``\\ s (:func:`rev_of`). The same
  state reached the same way on two machines has the same ``rev``. Revisions
  that came from a format-1 file or database keep the address of their old
  identity (:func:`legacy_rev`): they recorded no parents of their own, so
  theirs are guessed (:func:`legacy_parent`).
* A revision may be known only by its address and parents (a **stub**): the
  revision a spreadsheet edit was made from, when the edit arrives but the
  revision itself never did. It links the graph; it is never a head, and a
  merge takes the nearest common ancestor whose content is known.
* **Heads** — revisions no known revision descends from (:func:`heads`).
* **State** (:func:`resolve`) — one head: its content. Several heads: merged
  three-way against their common ancestor, field by field. A field changed on
  one side only, or identically on both, merges by itself; a field changed
  differently on both sides, or an edit against a delete, is a conflict, and
  meanwhile the head with the greatest ``rev`` gives those fields. An
  automatic merge is a state, not a stored revision: every machine with the
  same heads computes the same one, and the next edit of the record has all
  the merged heads as its parents. Nothing here looks at a version number or
  a clock.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

LEGACY_TAG = "fieldkit-1"
# The device of a merge revision made automatically: it takes its metadata
# from its parents, never from the machine that computed it, so every machine
# stores it alike.
MERGE_DEVICE = "00000000-0000-0000-0000-000000000000"


@dataclass(frozen=True)
class Node:
    """What the graph needs of one revision."""

    rev: str
    parents: tuple[str, ...]
    content: Mapping[str, Any]
    deleted: bool
    known: bool = True  # False: a stub, its content never reached here


def rev_of(record_id: str, content_json: str, deleted: bool, parents: Iterable[str]) -> str:
    """The content address of a revision (DESIGN.md, "Records and revisions")."""
    text = json.dumps(
        [record_id, content_json, bool(deleted), sorted(parents)],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def legacy_rev(record_id: str, version: int, fingerprint: str, deleted: bool) -> str:
    """The address of a revision by its exchange-format-1 identity.

    Format-1 workbooks carry no parents, so a revision travelling in one is
    known everywhere by (id, version, content fingerprint, deleted): the same
    address on every machine whatever ancestry each one records.
    """
    text = json.dumps(
        [LEGACY_TAG, record_id, int(version), fingerprint, bool(deleted)], separators=(",", ":")
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def is_legacy(rev: str, record_id: str, version: int, fingerprint: str, deleted: bool) -> bool:
    """Whether *rev* is a format-1 identity (parents guessed), not a content address."""
    return rev == legacy_rev(record_id, version, fingerprint, deleted)


def parse_parents(text: str | None) -> tuple[str, ...]:
    if not text:
        return ()
    value = json.loads(text)
    return tuple(sorted(value))


def dump_parents(parents: Iterable[str]) -> str:
    return json.dumps(sorted(parents), separators=(",", ":"))


def heads(nodes: Mapping[str, Node]) -> list[str]:
    """Known revisions no known revision descends from, in ``rev`` order.

    A stub passes descent on (a known revision below it descends from what is
    above it); a stub that nothing known descends from hides nothing: it is
    a revision whose content has not arrived, never a head, and its parents stay
    heads until it does."""
    below: set[str] = set()  # ancestors of some known revision
    for node in nodes.values():
        if node.known:
            _walk(nodes, node.parents, below)
    return sorted(r for r, n in nodes.items() if r not in below and n.known)


def ancestors(nodes: Mapping[str, Node], rev: str) -> set[str]:
    """*rev* and every known revision it descends from."""
    return _walk(nodes, [rev], set())


def _walk(nodes: Mapping[str, Node], start: Iterable[str], seen: set[str]) -> set[str]:
    """Add *start* and everything they descend from to *seen* (stopping at what
    it holds already); returns *seen*."""
    todo = list(start)
    while todo:
        r = todo.pop()
        if r in seen:
            continue
        seen.add(r)
        node = nodes.get(r)
        if node is not None:
            todo.extend(node.parents)
    return seen


def derives_from(nodes: Mapping[str, Node], rev: str, other: str) -> bool:
    return other in ancestors(nodes, rev)


def merge_base(nodes: Mapping[str, Node], a: str, b: str) -> str | None:
    """The best common ancestor of *a* and *b* whose content is known here (one
    no other such ancestor descends from; the least ``rev`` among several), or
    None. An older base than the nearest is still a true common ancestor: a
    change both sides carry then shows as agreed or as a conflict, never lost."""
    common = ancestors(nodes, a) & ancestors(nodes, b)
    common = {c for c in common if c in nodes and nodes[c].known}
    if not common:
        return None
    below = set()
    for c in common:
        below |= ancestors(nodes, c) - {c}
    best = sorted(common - below)
    return best[0] if best else None


@dataclass
class Merged:
    """The state of a record: what is shown, and what a person must decide."""

    content: dict[str, Any]
    deleted: bool
    heads: list[str]
    preferred: str  # the head whose values stand in conflicting fields
    conflict_fields: list[str] = field(default_factory=list)  # "deleted" for edit vs delete
    merged_fields: dict[str, str] = field(default_factory=dict)  # field -> head it came from
    conflicting_heads: list[str] = field(default_factory=list)

    @property
    def in_conflict(self) -> bool:
        return bool(self.conflict_fields)


def merge_two(
    base: Node | None, ours: Node, theirs: Node, names: Sequence[str]
) -> tuple[dict[str, Any], bool, list[str], dict[str, str]]:
    """Three-way merge of *ours* and *theirs* against *base* (None: nothing in common).

    Returns (content, deleted, conflicting fields, merged fields -> the side
    whose change was taken). In a conflicting field *ours* stands.
    """
    empty: Mapping[str, Any] = {}
    b = base.content if base is not None else empty
    content: dict[str, Any] = {}
    conflicts: list[str] = []
    taken: dict[str, str] = {}
    for name in names:
        o, t, z = ours.content.get(name), theirs.content.get(name), b.get(name)
        if o == t:
            content[name] = o
        elif o == z:
            content[name] = t
            taken[name] = theirs.rev
        elif t == z:
            content[name] = o
            taken[name] = ours.rev
        else:
            content[name] = o
            conflicts.append(name)
    base_deleted = base.deleted if base is not None else False
    if ours.deleted == theirs.deleted:
        deleted = ours.deleted
    else:
        deleted = ours.deleted if theirs.deleted == base_deleted else theirs.deleted
        deleter, editor = (ours, theirs) if ours.deleted else (theirs, ours)
        edited = any(editor.content.get(n) != b.get(n) for n in names)
        if deleter.deleted != base_deleted and edited:
            conflicts.append("deleted")  # an edit against a delete
            deleted = ours.deleted
        elif deleted != ours.deleted:
            taken["deleted"] = theirs.rev
        else:
            taken["deleted"] = ours.rev
    return content, deleted, conflicts, taken


def resolve(nodes: Mapping[str, Node], names: Sequence[str]) -> Merged:
    """The state of one record from all its known revisions (see the module doc).

    Several heads are folded in ``rev`` order from the greatest, so the result
    depends on the set of revisions alone.
    """
    tips = heads(nodes)
    if not tips:
        raise ValueError("a record needs at least one revision")
    order = sorted(tips, reverse=True)
    first = nodes[order[0]]
    state = Merged(dict(first.content), first.deleted, tips, order[0])
    if len(order) == 1:
        return state
    current = first
    for other_rev in order[1:]:
        other = nodes[other_rev]
        base_rev = merge_base(nodes, order[0], other_rev)
        base = nodes.get(base_rev) if base_rev else None
        content, deleted, conflicts, taken = merge_two(base, current, other, names)
        for name in conflicts:
            if name not in state.conflict_fields:
                state.conflict_fields.append(name)
        if conflicts:
            state.conflicting_heads.append(other_rev)
        for name, side in taken.items():
            if side == other.rev:
                state.merged_fields[name] = other.rev
            elif name not in state.merged_fields:
                state.merged_fields[name] = side
        current = Node(current.rev, current.parents, content, deleted)
    state.content = dict(current.content)
    state.deleted = current.deleted
    # Whether heads conflict is decided pair by pair, each pair against its own
    # common ancestor (the contract's definition): folding merges the content,
    # but a pair of heads that conflict must not pass unseen because a third
    # head's change was folded in between them.
    involved = set(state.conflicting_heads)
    for i, x in enumerate(order):
        for y in order[i + 1 :]:
            base_rev = merge_base(nodes, x, y)
            base = nodes.get(base_rev) if base_rev else None
            conflicts = merge_two(base, nodes[x], nodes[y], names)[2]
            if conflicts:
                involved |= {x, y}
                for name in conflicts:
                    if name not in state.conflict_fields:
                        state.conflict_fields.append(name)
    if involved:
        state.conflicting_heads = [order[0], *sorted(involved - {order[0]}, reverse=True)]
        for name in state.conflict_fields:
            state.merged_fields.pop(name, None)
    return state


def parents_for_edit(state: Merged) -> list[str]:
    """The parents of a revision made on top of *state* by an ordinary edit.

    Heads that merged cleanly are all parents (the edit is the merge); while a
    conflict is open only the preferred head is, so an edit never closes a
    conflict — only a resolution, whose parents are all heads, does.
    """
    if not state.in_conflict:
        return sorted(state.heads)
    clean = [h for h in state.heads if h not in state.conflicting_heads]
    return sorted({state.preferred, *clean})


@dataclass(frozen=True)
class Legacy:
    """A revision known by its format-1 identity, which recorded no parents."""

    rev: str
    version: int
    order_key: tuple[Any, ...]  # (version, updated_at, device_id, fingerprint, deleted)
    device_id: str


def legacy_parent(known: Sequence[Legacy], child: Legacy) -> str | None:
    """The best guess at a format-1 revision's parent, from version numbers.

    Format 1 recorded no ancestry, so only what is surely ancestry is guessed:
    the latest earlier revision saved on the same laptop (a laptop's own line
    is a chain), else the record's creation (version 1: every revision derives
    from it). Skipping revisions never seen here is still true ancestry, and
    the three-way merge takes a change both sides carry as agreed. With
    neither known, no parent: the heads are then compared field by field with
    nothing in common, so differing values are a conflict for a person,
    never a silent choice.
    """
    lower = [k for k in known if k.version < child.version and k.rev != child.rev]
    same = [k for k in lower if k.device_id == child.device_id]
    if same:
        return max(same, key=lambda k: k.order_key).rev
    roots = [k for k in lower if k.version == 1]
    if roots:
        return max(roots, key=lambda k: k.order_key).rev
    return None
