"""Which survey groups may be shown: the threshold rule plus complementary suppression.

A result is published for a group only if enough people answered in it. Hiding the small
group alone is not enough: when a split of a total shows the total and every group but
one, the hidden group's count and average follow by subtraction. So whenever something
in a split is hidden, the hidden groups together must also reach the threshold; if they do
not, more groups are hidden (smallest first) and, as the last resort, the total itself.

When the same respondents are published in several groups at once (by level and by team,
a manager's part beside the organisation's rows), a group can also be worked out across
them: if the Leadership team and the senior leaders are the same three people, hiding one
and showing the other hides nothing. `protect_groups` therefore checks every published
figure together: no set of respondents smaller than the threshold may be obtainable as any
sum or difference of published groups.

No Django here: the rule is the heart of the survey promise and is tested on its own.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

import numpy as np

ABSOLUTE_MINIMUM = 3  # below this no setting may go: two people can always read each other


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Smallest group sizes, fixed for a campaign when it opens."""

    scores: int = 5
    comments: int = 10

    def __post_init__(self) -> None:
        for name in ("scores", "comments"):
            value = getattr(self, name)
            if value < ABSOLUTE_MINIMUM:
                raise ValueError(
                    f"the anonymity threshold for {name} is {value}; it may never be below "
                    f"{ABSOLUTE_MINIMUM} (raise LEGENDARY_MIN_GROUP_{name.upper()} or the "
                    "campaign's setting)"
                )


@dataclass(frozen=True, slots=True)
class Disclosure:
    """The outcome of suppression for one split: which groups and whether the total show."""

    visible: frozenset[str]
    hidden: frozenset[str]
    total_visible: bool

    def shows(self, group: str) -> bool:
        return group in self.visible


def suppress(
    counts: Mapping[str, int],
    threshold: int,
    total_published: bool = True,
    also_hide: frozenset[str] = frozenset(),
) -> Disclosure:
    """Decide which groups of one split may be shown.

    `counts` maps each group of a partition to its number of respondents; groups with no
    respondents reveal nothing and are simply absent. `total_published` says whether the
    page also shows the sum over all groups (the usual case), which is what makes
    subtraction possible. `also_hide` names groups hidden for reasons outside this split.
    """
    if threshold < ABSOLUTE_MINIMUM:
        raise ValueError(f"threshold {threshold} is below the absolute minimum {ABSOLUTE_MINIMUM}")
    present = {g: n for g, n in counts.items() if n > 0}
    hidden = {g for g, n in present.items() if n < threshold or g in also_hide}
    total = sum(present.values())
    total_visible = total_published and total >= threshold
    if hidden and total_visible:
        # Grow the hidden set until what subtraction could reveal is itself a safe group.
        candidates = sorted((n, g) for g, n in present.items() if g not in hidden)
        while sum(present[g] for g in hidden) < threshold and candidates:
            hidden.add(candidates.pop(0)[1])
        if sum(present[g] for g in hidden) < threshold:
            total_visible = False
    visible = frozenset(g for g in present if g not in hidden)
    return Disclosure(visible=visible, hidden=frozenset(hidden), total_visible=total_visible)


Atom = tuple[str, ...]  # one respondent's group in each split, e.g. ("frontline", "12")


def _complement(published: np.ndarray) -> np.ndarray:
    """An orthonormal basis (columns) of what the published columns leave undetermined."""
    left, singular, _ = np.linalg.svd(published, full_matrices=True)
    rank = int((singular > 1e-9).sum())
    return left[:, rank:]


def _leak_beside(
    atoms: Mapping[Atom, int],
    cells: list[Atom],
    complement: np.ndarray,
    threshold: int,
    groups: list[list[int]],
) -> tuple[Atom, ...] | None:
    """The smallest union of cells under `threshold` derivable from the published groups,
    given the complement of their span (a union is derivable iff its indicator is orthogonal
    to the complement: its rows sum to zero), trying single cells, unions of two to four,
    and each of `groups` as a whole; None when there is none."""

    def size(indices: Sequence[int]) -> int:
        return sum(atoms[cells[i]] for i in indices)

    small = [i for i, c in enumerate(cells) if atoms[c] < threshold]
    alone = np.all(np.abs(complement[small]) <= 1e-7, axis=1) if small else np.array([])
    found: list[tuple[int, ...]] = [(i,) for i, ok in zip(small, alone, strict=True) if ok]
    if not found:
        sizes = {i: atoms[cells[i]] for i in small}
        found = _small_unions(complement, sizes, threshold)
    wholes = [tuple(members) for members in groups if size(members) < threshold]
    if wholes:
        indicator = np.zeros((len(cells), len(wholes)))
        for column, members in enumerate(wholes):
            indicator[list(members), column] = 1.0
        residue = np.abs(complement.T @ indicator).max(axis=0) if complement.size else None
        found += [w for n, w in enumerate(wholes) if residue is None or residue[n] <= 1e-7]
    if not found:
        return None
    smallest = min(found, key=lambda u: (size(u), u))
    return tuple(cells[i] for i in smallest)


# Fixed random directions: a union's key is its complement rows' sum seen along these, so
# keys stay three numbers long however large the organisation (long keys made a search
# over a few hundred published rows take a minute). Candidates are confirmed on full rows.
_PROBES = np.random.default_rng(20261124).standard_normal((4096, 3))


def _small_unions(
    complement: np.ndarray, sizes: Mapping[int, int], threshold: int
) -> list[tuple[int, ...]]:
    """Unions of two to four small cells (`sizes`: cell -> people), fewer than `threshold`
    people in all, whose complement rows sum to zero (meet in the middle)."""
    width = complement.shape[1]
    if width > len(_PROBES):
        probes = np.random.default_rng(width).standard_normal((width, 3))
    else:
        probes = _PROBES[:width]
    seen = complement @ probes

    def keys(vectors: np.ndarray) -> list[tuple[float, ...]]:
        # Adding 0.0 turns -0.0 into 0.0 so that equal sums hash alike.
        return [tuple(row) for row in (np.round(vectors, 6) + 0.0).tolist()]

    def exact(union: tuple[int, ...]) -> bool:
        return bool(np.allclose(complement[list(union)].sum(axis=0), 0.0, atol=1e-7))

    small = sorted(sizes)
    # Only pairs light enough to be part of a small union: a union's people add up.
    light = [(i, j) for i, j in combinations(small, 2) if sizes[i] + sizes[j] < threshold]
    if not light:
        return []
    first, second = (np.array(side) for side in zip(*light, strict=True))
    sums = seen[first] + seen[second]
    zero = (0.0, 0.0, 0.0)
    candidates: list[tuple[int, ...]] = []
    pairs: dict[tuple[float, ...], list[tuple[int, int]]] = {}
    for pair, key in zip(light, keys(sums), strict=True):
        if key == zero:
            candidates.append(pair)
        else:  # a pair that sums to zero is found already; more cells around it add nothing
            pairs.setdefault(key, []).append(pair)
    for k, key in zip(small, keys(-seen[small]), strict=True):
        for i, j in pairs.get(key, []):
            if k not in (i, j) and sizes[i] + sizes[j] + sizes[k] < threshold:
                candidates.append(tuple(sorted((i, j, k))))
    for key, firsts in pairs.items():
        opposite = tuple(-x + 0.0 for x in key)
        for one in firsts:
            for other in pairs.get(opposite, []):
                union = one + other
                if len(set(union)) == 4 and sum(sizes[c] for c in union) < threshold:
                    candidates.append(tuple(sorted(union)))
    return [union for union in set(candidates) if exact(union)]


def protect_groups(
    atoms: Mapping[Atom, int],
    groups: Sequence[Collection[Atom]],
    proposed: Sequence[int],
    threshold: int,
    *,
    keep: Collection[int] = (),
) -> frozenset[int]:
    """Which of `groups` (each the cells it adds up) may show a figure, when every shown
    figure may be read beside every other: the rule for figures published on several pages
    to several people, who may compare notes.

    `atoms` counts the people a figure is made of in each cell: respondents for a group's
    size, or for one element only those who answered it (a "don't know" adds nothing to the
    element's sum, so four people who did not know and one who did are one person for that
    element). The groups in `keep` are published already (and must be safe on their own).
    The `proposed` groups are then taken in the order given, most wanted first, and each is
    shown only if it reaches the threshold and no union of cells under the threshold is
    then a sum or difference of the shown groups, nor a hidden group as a whole. Adding
    rather than removing keeps a figure that only repeats what is shown (a part's total
    that is the sum of two shown team rows) and refuses the one that opens a leak.
    """
    atoms = {a: n for a, n in atoms.items() if n > 0}
    cells = sorted(atoms)
    index = {c: i for i, c in enumerate(cells)}
    members = [frozenset(index[c] for c in group if c in index) for group in groups]
    columns = [[1.0 if i in m else 0.0 for i in range(len(cells))] for m in members]

    def size(g: int) -> int:
        return sum(atoms[cells[i]] for i in members[g])

    def leaks(complement: np.ndarray, chosen: set[int]) -> bool:
        wholes = [sorted(members[g]) for g in range(len(groups)) if g not in chosen and members[g]]
        return _leak_beside(atoms, cells, complement, threshold, wholes) is not None

    shown = {g for g in keep if members[g]}
    if not cells:
        return frozenset(shown)
    complement = (
        _complement(np.array([columns[g] for g in sorted(shown)], dtype=float).T)
        if shown
        else np.eye(len(cells))
    )
    if leaks(complement, shown):
        return frozenset(shown)
    for g in proposed:
        if g in shown or not members[g] or size(g) < threshold:
            continue
        along = complement.T @ np.array(columns[g])
        norm = float(np.linalg.norm(along))
        if norm <= 1e-9:
            # Already a sum or difference of shown groups: it tells nothing new.
            shown.add(g)
            continue
        # The complement of the span with g added: the directions of the old complement
        # orthogonal to g (the last columns of a Householder reflection taking e1 to g's).
        unit = along / norm
        mirror = unit.copy()
        mirror[0] -= 1.0
        if np.linalg.norm(mirror) > 1e-12:
            mirror /= np.linalg.norm(mirror)
            reflection = np.eye(len(unit)) - 2.0 * np.outer(mirror, mirror)
        else:
            reflection = np.eye(len(unit))
        narrowed = complement @ reflection[:, 1:]
        if not leaks(narrowed, shown | {g}):
            shown.add(g)
            complement = narrowed
    return frozenset(shown)
