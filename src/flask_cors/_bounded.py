"""Bounded work per match: a start-up proof that no input makes a user's pattern expensive to run.

Origins, ``allow_headers`` and resource paths may be regular expressions, and Python's ``re``
backtracks: one hostile value of a few dozen characters can keep a worker busy for seconds, or for
ever (``https://(\\w|\\w\\w)+\\.example\\.com`` doubles its work with every character). Every pattern
a configuration gives is checked here, once, at start-up; a pattern whose worst case cannot be
shown to stay within :data:`BUDGET` steps is refused (``cors.E014``) with a rewrite that passes.

Why a proof, and not another matching engine
--------------------------------------------
Two designs give a guarantee: run patterns in an engine whose work per character is bounded (a
Thompson or lazy-DFA simulation), or prove each accepted pattern cheap under ``re`` itself. An
engine written in Python costs about a microsecond per character on every request, where ``re``
costs nanoseconds, and it would have to reproduce ``re``'s semantics (case folding, Unicode
classes, anchors, lookarounds) to stay a drop-in; ``google-re2`` is a compiled dependency, with
other semantics, and which configurations start would depend on whether it is installed. So
patterns keep running in ``re``, and what is proved is a bound on ``re``'s own work, for the way
each domain calls it, on every input up to the domain's length bound. The price is that a few
patterns are refused that an engine would have run: each comes with a rewrite.

The model
---------
A backtracking matcher explores, depth first, the tree of partial runs of the pattern's automaton
over the input; on an input that does not match it explores all of them. Its work is the size of
that tree. The automaton is a Glushkov (position) automaton built from the ``sre_parse`` tree that
``re`` itself compiles, with multiplicities: two ways to go from one position to the next count as
two runs (``(a*)*`` takes ``a`` to ``a`` through the inner loop and through the outer one), which
is what makes the ambiguity tests of Weideman et al. (2016: EDA, IDA) apply to backtracking.
Details follow ``_sre``:

* bounded repetitions are expanded copy by copy (``{1,4}`` is four copies), up to :data:`_EXPAND`
  copies. A first pass reads counts above 4 as loops, which is cheaper and only adds runs; a
  pattern it cannot accept is analysed again, expanded;
* an iteration that matches the empty string ends a loop, as ``_sre``'s zero-width check does;
* a node's work counts the continuations it tries (a branch of 100 literals costs 100 at its fork),
  entering or ending an iteration of a repetition ``_sre`` cannot run as a tight loop (a group, a
  capture) costs :data:`_HEAVY` more, and a lookaround costs its own bound at each node that
  reaches it (a lookbehind: its fixed width);
* anchors and lookarounds never remove runs from the count (a sound over-estimate); atomic groups
  and possessive repetitions are counted as if they backtracked;
* back-references and conditional groups are not modelled: a pattern holding one is refused, with
  the group written out as the rewrite.

The bound is computed, not only classified: for each input length, and each set of positions
that may hold runs together, the largest run counts any input of that length leaves (a step
applied to larger counts never gives smaller ones, so that table bounds every input). The bound
adds, length by length, the costliest entry; when the table repeats, or a table holds all later
ones, the rest of the sum follows without computing it. Exponential (EDA) and polynomial (IDA)
ambiguity make the sum pass :data:`BUDGET` and are refused, and so is finite ambiguity large enough
to cost as much (``(a|a)`` written sixteen times). The finding names the growth (exponential
ambiguity is tested directly, on the automaton's pairs of runs) and an input derived from the
table that costs more than the budget.

Two facts about ``_sre`` keep the bound tight where patterns are common:

* **Success ends the search.** A position from which every remaining input leads to success (any
  accepting position when ``re.match`` matches at the start of a string; one whose continuation
  matches everything, like a final ``.*`` over an origin's characters, under ``fullmatch``) is
  explored at most once per input position: the first time the search reaches one, it succeeds
  without coming back. Only one run there is counted. (Only on the exact automaton: a pattern
  whose repetitions were read as loops matches more, so nothing is sure to succeed in it.)
* **The alphabet is the domain's.** Origins are visible ASCII except the comma, requested header
  names are lower-cased tokens; a path may hold any character. Characters outside ASCII are one
  symbol that belongs to every class that can hold any of them.

Domains and their bounds
------------------------
=================  ============================================  ==========  ===========================
domain             how ``re`` runs it                            bound       longer values
=================  ============================================  ==========  ===========================
origins            ``fullmatch`` on the Origin, and on it less   280         never matched by a pattern
                   its ``:port`` (case-insensitive for strings)
header names       ``fullmatch``, case-insensitive, on each      280         never matched by a pattern
                   lower-cased requested name
resource paths     ``match`` from the start of ``request.path``  4,096       the first 4,096 characters
                   (today: the pattern, then ``/`` or the end)               are matched, unless the
                                                                             pattern looks at the end
=================  ============================================  ==========  ===========================

A serialised origin is at most a scheme, ``://``, a 253-character DNS name and ``:65535``. Header
names have no limit in RFC 9110; the longest registered one is under 50 characters. Paths: gunicorn
refuses request lines over 4,094 bytes by default, so 4,096 covers every path it serves; a longer
path is matched on its first 4,096 characters when the pattern cannot see past its match (no
``$``, ``\\Z``, ``\\b``, ``\\B`` or lookahead: a match there is then a match of the whole path, and
the only change is a miss when every match would have been longer), and otherwise not at all.
Each domain's check analyses the text actually compiled, so the resource rule's own wrapping is
part of what is proved.

Framework-free: nothing here imports Flask. Nothing is computed at import; verdicts are memoised
per distinct pattern string, and the module is imported only when a configuration holds a pattern.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Hashable, Iterable, Iterator
from functools import lru_cache
from operator import mul
from typing import Any, Callable, TypeVar

from ._regex import ALL as _ALL
from ._regex import ASCII as _ASCII
from ._regex import OTHER as _OTHER
from ._regex import bits as _bits
from ._regex import category as _category
from ._regex import charset
from ._spec import MAX_HEADER_PATTERN_INPUT, MAX_ORIGIN_PATTERN_INPUT, MAX_PATH_PATTERN_INPUT

if sys.version_info >= (3, 11):
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
else:
    import sre_constants as sre
    import sre_parse

#: The most model steps (tree nodes, each weighted by the work it does) one match may take. On
#: CPython 3.11, ``_sre`` takes between 1 and 18 ns per step depending on the construct
#: (``benchmarks/match_cost.py`` reports the largest it sees), so one match takes at most about
#: 0.7 ms, and typically a tenth of that.
BUDGET = 40_000


class _Record:
    """A small value type (NamedTuple and dataclass cost about a millisecond each to define, at
    import; this costs nothing)."""

    __slots__: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{name}={getattr(self, name)!r}' for name in self.__slots__)})"

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    def __hash__(self) -> int:
        return hash(tuple(getattr(self, name) for name in self.__slots__))


class Domain(_Record):
    """Where patterns run: what ``re`` is asked, on which characters, up to which length.
    ``prefix`` is True for ``re.match`` (success when the pattern ends), False for ``fullmatch``."""

    __slots__ = ("name", "alphabet", "max_length", "prefix")

    def __init__(self, name: str, alphabet: int, max_length: int, *, prefix: bool) -> None:
        self.name = name
        self.alphabet = alphabet
        self.max_length = max_length
        self.prefix = prefix


ORIGIN = Domain("origin", _bits(chr(c) for c in range(0x21, 0x7F) if c != 0x2C), MAX_ORIGIN_PATTERN_INPUT, prefix=False)
HEADER_NAME = Domain(
    "header name",
    _bits("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyz"),
    MAX_HEADER_PATTERN_INPUT,
    prefix=False,
)
PATH = Domain("path", _ALL, MAX_PATH_PATTERN_INPUT, prefix=True)

# ---------------------------------------------------------------------------------------------
# The pattern's parse tree, as plain tuples: (op, argument) pairs, sequences as tuples.

Seq = tuple[tuple[Any, Any], ...]
_INF = sre.MAXREPEAT
_REPEATS = frozenset(op for op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)) if op)
_ATOMIC = getattr(sre, "ATOMIC_GROUP", None)
_CHAR_OPS = frozenset({sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN})
_IGNORECASE = sre.SRE_FLAG_IGNORECASE
_DOTALL = sre.SRE_FLAG_DOTALL


class _Unsupported(Exception):
    """A construct whose cost the analysis does not bound (back-references, conditionals)."""


def _convert(node: Any) -> Seq:
    out = []
    for op, av in node:
        if op is sre.SUBPATTERN:
            av = (av[0], av[1], av[2], _convert(av[3]))
        elif op in _REPEATS:
            av = (av[0], av[1], _convert(av[2]))
        elif op is sre.BRANCH:
            av = (None, tuple(_convert(branch) for branch in av[1]))
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            av = (av[0], _convert(av[1]), av[1].getwidth()[1])
        elif op is _ATOMIC:
            av = _convert(av)
        elif op is sre.GROUPREF_EXISTS:
            av = (av[0], _convert(av[1]), _convert(av[2]) if av[2] is not None else ())
        elif op is sre.IN:
            av = tuple(av)
        out.append((op, av))
    return tuple(out)


class Parsed(_Record):
    """A parse tree, its global flags (the argument's and the pattern's own ``(?i)``), and group
    names by number."""

    __slots__ = ("seq", "flags", "names")

    def __init__(self, seq: Seq, flags: int, names: dict[int, str]) -> None:
        self.seq = seq
        self.flags = flags
        self.names = names


def parse(pattern: str, flags: int = 0) -> Parsed | None:
    """The pattern's tree, or None when Python cannot parse it."""
    try:
        tree = sre_parse.parse(pattern, flags)
    except Exception:  # re.error, and RecursionError on absurd nesting
        return None
    names = {number: name for name, number in tree.state.groupdict.items()}
    return Parsed(_convert(tree), tree.state.flags, names)


# ---------------------------------------------------------------------------------------------
# The Glushkov automaton, with multiplicities.

#: Copies a bounded repetition is expanded into, at most; beyond, it is read as unbounded.
_EXPAND = 64
#: What entering a REPEAT/MAX_UNTIL repetition, or ending one of its iterations, costs in steps
#: (measured: a capture repeated, ``(.)*``, costs about 4 times ``.*`` per character).
_HEAVY = 4
#: Positions an automaton may have; past this, repetitions are expanded less.
_MAX_POSITIONS = 1500


class _Part(_Record):
    """What one subexpression contributes: positions it may start and end with (with the number of
    ways), how many ways it matches the empty string (``clean``: without passing an anchor or a
    lookaround), and the cost charged to whoever enters it (lookarounds it evaluates first)."""

    __slots__ = ("first", "last", "clean_last", "null", "clean_null", "entry", "clean_first")

    def __init__(
        self,
        first: dict[int, int],
        last: dict[int, int],
        clean_last: dict[int, int],
        null: int,
        clean_null: int,
        entry: int,
        clean_first: dict[int, int] | None = None,
    ) -> None:
        self.first = first
        self.last = last
        self.clean_last = clean_last
        self.null = null
        self.clean_null = clean_null
        self.entry = entry
        self.clean_first = clean_first if clean_first is not None else {}


_EMPTY = _Part({}, {}, {}, 1, 1, 0)


def _scaled(ways: dict[int, int], factor: int) -> dict[int, int]:
    return {key: value * factor for key, value in ways.items()} if factor != 1 else ways


def _summed(*many: dict[int, int]) -> dict[int, int]:
    out: dict[int, int] = {}
    for ways in many:
        for key, value in ways.items():
            if value:
                out[key] = out.get(key, 0) + value
    return out


class _TooBig(Exception):
    pass


class Automaton(_Record):
    """Positions (their characters, the ways to each next position, the lookaround work charged
    on a visit) and how the whole starts and ends."""

    __slots__ = ("chars", "follow", "extra", "top", "looks", "clean")

    def __init__(
        self,
        chars: list[int],
        follow: list[dict[int, int]],
        extra: list[int],
        top: _Part,
        looks: bool,
        clean: list[set[int]],
    ) -> None:
        self.clean = clean
        self.chars = chars
        self.follow = follow
        self.extra = extra
        self.top = top
        self.looks = looks  # the pattern has a lookaround whose work is charged on each visit


class _Builder:
    def __init__(self, domain: Domain, expand: int, depth: int) -> None:
        self.domain = domain
        self.expand = expand
        self.depth = depth  # lookaround nesting
        self.chars: list[int] = []
        self.follow: list[dict[int, int]] = []
        self.clean: list[set[int]] = []  # next positions reached without passing an anchor or lookaround
        self.extra: list[int] = []
        self.approximated = False  # a bounded repetition was read as a loop
        self.looks = False

    def position(self, chars: int) -> _Part:
        if len(self.chars) >= _MAX_POSITIONS:
            raise _TooBig
        index = len(self.chars)
        self.chars.append(chars)
        self.follow.append({})
        self.clean.append(set())
        self.extra.append(0)
        one = {index: 1}
        return _Part(one, one, one, 0, 0, 0, one)

    def link(self, a: _Part, b: _Part) -> None:
        """Runs at the end of ``a`` go on to the start of ``b`` (paying ``b``'s lookarounds)."""
        for p, w in a.last.items():
            out = self.follow[p]
            for q, v in b.first.items():
                out[q] = out.get(q, 0) + w * v
            if b.entry:
                self.extra[p] += w * b.entry
        for p in a.clean_last:
            self.clean[p].update(b.clean_first)

    def concat(self, a: _Part, b: _Part) -> _Part:
        self.link(a, b)
        return _Part(
            _summed(a.first, _scaled(b.first, a.null)) if a.null else a.first,
            _summed(b.last, _scaled(a.last, b.null)) if b.null else b.last,
            _summed(b.clean_last, _scaled(a.clean_last, b.clean_null)) if b.clean_null else b.clean_last,
            a.null * b.null,
            a.clean_null * b.clean_null,
            a.entry + a.null * b.entry,
            _summed(a.clean_first, b.clean_first) if a.clean_null else a.clean_first,
        )

    @staticmethod
    def alt(parts: list[_Part]) -> _Part:
        return _Part(
            _summed(*(p.first for p in parts)),
            _summed(*(p.last for p in parts)),
            _summed(*(p.clean_last for p in parts)),
            sum(p.null for p in parts),
            sum(p.clean_null for p in parts),
            sum(p.entry for p in parts),
            _summed(*(p.clean_first for p in parts)),
        )

    def seq(self, seq: Seq, flags: int) -> _Part:
        part = _EMPTY
        for op, av in seq:
            part = self.concat(part, self.node(op, av, flags))
        return part

    def node(self, op: Any, av: Any, flags: int) -> _Part:
        if op in _CHAR_OPS:
            return self.position(charset(op, av, flags))
        if op is sre.SUBPATTERN:
            return self.seq(av[3], (flags | av[1]) & ~av[2])
        if op is _ATOMIC:
            return self.seq(av, flags)
        if op is sre.BRANCH:
            return self.alt([self.seq(branch, flags) for branch in av[1]])
        if op in _REPEATS:
            return self.repeat(av[0], av[1], av[2], flags)
        if op is sre.AT:
            return _Part({}, {}, {}, 1, 0, 0)  # a check of one or two characters, part of the node's step
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            return _Part({}, {}, {}, 1, 0, self.lookaround(av, flags))
        if op is sre.GROUPREF:
            raise _Unsupported("back-reference")
        if op is sre.GROUPREF_EXISTS:
            raise _Unsupported("conditional group")
        raise _Unsupported(str(op).lower())

    def lookaround(self, av: Any, flags: int) -> int:
        """The work of one evaluation: a lookahead is a match from here, a lookbehind a match of
        its fixed width."""
        direction, body, width = av
        if self.depth > 4:
            raise _Unsupported("lookarounds nested this deep")
        length = self.domain.max_length if direction > 0 else width
        inner = Domain(self.domain.name, self.domain.alphabet, length, prefix=True)
        found = _analyse(body, flags, inner, self.depth + 1)
        if found.kind is not None:
            raise _Refused(found)
        # Only a lookaround whose own work grows with the input makes a refusal its fault.
        self.looks = self.looks or found.cost > 64
        return found.cost

    def iteration(self, body: Seq, flags: int) -> _Part:
        """One copy of a repetition's body. Where ``_sre`` runs the repetition as REPEAT/MAX_UNTIL
        (a group, a capture, several characters per iteration) rather than as a tight REPEAT_ONE
        loop, ending an iteration saves and restores state: :data:`_HEAVY` more steps."""
        copy = self.seq(body, flags)
        if not _is_simple(body):
            for p, w in copy.last.items():
                self.extra[p] += _HEAVY * w
        return copy

    def repeat(self, low: int, high: int, body: Seq, flags: int) -> _Part:
        part = self._repeat(low, high, body, flags)
        if high and not _is_simple(body):
            # Entering REPEAT/MAX_UNTIL sets up state too: charged to whoever enters (or skips) it.
            part = _Part(
                part.first,
                part.last,
                part.clean_last,
                part.null,
                part.clean_null,
                part.entry + _HEAVY,
                part.clean_first,
            )
        return part

    def _repeat(self, low: int, high: int, body: Seq, flags: int) -> _Part:
        if high == 0:
            return _EMPTY
        nullable = _min_width(body) == 0
        if low > self.expand or (high != _INF and high - low > self.expand):
            self.approximated = True
        if low > self.expand:
            if nullable:
                raise _Unsupported(f"a repetition of more than {self.expand} copies of something that can be empty")
            return self.concat(self.iteration(body, flags), self.star(body, flags))
        part = _EMPTY
        for _ in range(low):
            part = self.concat(part, self.iteration(body, flags))
        if high == _INF or high - low > self.expand:
            return self.concat(part, self.star(body, flags))
        tail = _EMPTY
        for _ in range(high - low):
            copy = self.iteration(body, flags)
            # An iteration that matches nothing ends the loop (the zero-width check of _sre).
            going = self.concat(_Part(copy.first, copy.last, copy.clean_last, 0, 0, copy.entry, copy.clean_first), tail)
            tail = self.alt([going, _Part({}, {}, {}, 1 + copy.null, 1 + copy.clean_null, 0)])
        return self.concat(part, tail)

    def star(self, body: Seq, flags: int) -> _Part:
        copy = self.iteration(body, flags)
        self.link(copy, copy)
        stop, clean_stop = 1 + copy.null, 1 + copy.clean_null
        return _Part(
            copy.first,
            _scaled(copy.last, stop),
            _scaled(copy.clean_last, clean_stop),
            stop,
            clean_stop,
            copy.entry,
            copy.clean_first,
        )

    def build(self, seq: Seq, flags: int) -> Automaton:
        top = self.seq(seq, flags)
        return Automaton(self.chars, self.follow, self.extra, top, self.looks, self.clean)


def _is_simple(seq: Seq) -> bool:
    """Whether ``_sre`` runs a repetition of ``seq`` as REPEAT_ONE (one character per iteration,
    a tight loop) rather than REPEAT/MAX_UNTIL (state saved on each iteration), as
    ``sre_compile._simple`` decides."""
    if len(seq) != 1:
        return False
    op, av = seq[0]
    if op is sre.SUBPATTERN:
        return av[0] is None and _is_simple(av[3])
    return op in _CHAR_OPS


def _min_width(seq: Seq) -> int:
    total = 0
    for op, av in seq:
        if op in _CHAR_OPS:
            total += 1
        elif op is sre.SUBPATTERN:
            total += _min_width(av[3])
        elif op is _ATOMIC:
            total += _min_width(av)
        elif op is sre.BRANCH:
            total += min(_min_width(branch) for branch in av[1])
        elif op in _REPEATS:
            total += av[0] * _min_width(av[2])
    return total


# ---------------------------------------------------------------------------------------------
# The bound.

#: Distinct sets of positions that may be active together at one input position, and moves
#: computed in all, at most, before the search gives up (the pattern is then refused as too complex
#: to prove bounded, in about 0.1 s at most; no pattern written by hand comes near).
_MAX_SUPPORTS = 200
_MAX_WORK = 300_000


class Verdict(_Record):
    """The outcome of the analysis of one pattern in one domain.

    ``kind`` is None when the pattern is accepted; otherwise why it is not: ``"exponential"``,
    ``"polynomial"``, ``"ambiguous"`` (finitely, but too much), ``"lookaround"`` (one that runs
    from many positions), ``"unsupported"`` or ``"complex"``. ``cost`` is the bound on the model steps of one match when accepted, and the
    steps found when refused; ``attack`` is an input of the domain that costs that much (empty
    when accepted), and ``detail`` names an unsupported construct.
    """

    __slots__ = ("cost", "kind", "attack", "detail")

    def __init__(self, cost: int, kind: str | None, attack: str = "", detail: str = "") -> None:
        self.cost = cost
        self.kind = kind
        self.attack = attack
        self.detail = detail

    @property
    def bounded(self) -> bool:
        return self.kind is None


class _Refused(Exception):
    """A lookaround whose own work is not bounded: the pattern is refused with its verdict."""

    def __init__(self, verdict: Verdict) -> None:
        super().__init__(verdict.kind)
        self.verdict = verdict


#: Characters an attack string uses for an atom, most readable first.
_READABLE = "abcdefghijklmnopqrstuvwxyz0123456789-._~:/!$&'*+=@ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _sample(atom: int) -> str:
    for char in _READABLE:
        if atom >> ord(char) & 1:
            return char
    if atom & _ASCII:
        return chr((atom & -atom).bit_length() - 1)
    return "\u00e9"


def _atoms(alphabet: int, sets: Iterable[int]) -> list[int]:
    """The coarsest partition of ``alphabet`` that every set is a union of."""
    atoms = [alphabet]
    for chars in set(sets):
        chars &= alphabet
        if not chars:
            continue
        split = []
        for atom in atoms:
            inside, outside = atom & chars, atom & ~chars
            if inside:
                split.append(inside)
            if outside:
                split.append(outside)
        atoms = split
    return atoms


def _summed_bits(sets: Iterable[int]) -> int:
    found = 0
    for chars in sets:
        found |= chars
    return found


Support = tuple[int, ...]
Counts = tuple[int, ...]  # aligned with a support
#: One move of a support: an atom, the next support, (from index, to index, ways) triples, and the
#: next support's shape (see ``_Search.shape``).
_Move = tuple[int, Support, tuple[tuple[int, int, int], ...], tuple[int, ...], tuple[int, ...], int]


def _pointwise_max(tables: list[dict[Support, Counts]]) -> dict[Support, Counts]:
    out: dict[Support, Counts] = {}
    for table in tables:
        for key, counts in table.items():
            old = out.get(key)
            out[key] = counts if old is None else tuple(max(a, b) for a, b in zip(old, counts))
    return _undominated(out)


def _dominated(table: dict[Support, Counts], by: dict[Support, Counts]) -> bool:
    """Whether each vector of ``table`` is below one of ``by`` (a superset of positions, with at
    least as many runs in each)."""
    larger = [(frozenset(key), dict(zip(key, counts))) for key, counts in by.items()]
    for key, counts in table.items():
        positions = frozenset(key)
        if not any(positions <= others and all(other[p] >= c for p, c in zip(key, counts)) for others, other in larger):
            return False
    return True


def _undominated(table: dict[Support, Counts]) -> dict[Support, Counts]:
    """``table`` without the vectors another one dominates (a superset of positions, with at least
    as many runs in each): whatever input follows, the larger one costs at least as much. Small
    tables are left alone (pruning them costs more than it saves)."""
    if len(table) < 6:
        return table
    items = sorted(table.items(), key=lambda item: -len(item[0]))
    kept: list[tuple[Support, Counts, frozenset[int], dict[int, int]]] = []
    for support, counts in items:
        mine = dict(zip(support, counts))
        positions = frozenset(support)
        if not any(positions <= others and all(other[p] >= c for p, c in mine.items()) for _, _, others, other in kept):
            kept.append((support, counts, positions, mine))
    return {support: counts for support, counts, _, _ in kept}


class _Search:
    """The bound on one match's steps, over every input of the domain (see the module docstring).

    The runs alive after reading an input are a vector: a count per position. Vectors are grouped
    by their support (the positions with a run), and each support keeps, for each input length,
    the componentwise largest vector any input of that length reaches: a step applied to a larger
    vector never gives a smaller one, so that table bounds every input's runs. The bound adds, for
    each length up to the domain's, the costliest vector of the table; when the table repeats one
    of an earlier length, the rest of the sum repeats too.
    """

    def __init__(self, auto: Automaton, domain: Domain, budget: int, *, exact: bool = True) -> None:
        alphabet = domain.alphabet
        chars = [c & alphabet for c in auto.chars]
        self.chars = chars
        self.root = len(chars)
        follow = [{q: w for q, w in out.items() if chars[q]} for out in auto.follow]
        follow.append({q: w for q, w in auto.top.first.items() if chars[q]})
        self.follow = follow
        self.atoms = _atoms(alphabet, chars)
        self.dead = alphabet & ~_summed_bits(chars)  # characters no position takes
        # For each position and atom: [(next position, ways)].
        self.moves: list[list[list[tuple[int, int]]]] = []
        for out in follow:
            table: list[list[tuple[int, int]]] = [[] for _ in self.atoms]
            for q, w in out.items():
                for index, atom in enumerate(self.atoms):
                    if chars[q] & atom:
                        table[index].append((q, w))
            self.moves.append(table)
        self.weight = [1 + sum(out.values()) + extra for out, extra in zip(follow, auto.extra)]
        self.weight.append(1 + sum(follow[self.root].values()) + auto.top.entry)
        # Whether a position is sure to succeed is a fact about the pattern's language: an automaton
        # in which bounded repetitions were read as loops matches more, so it says nothing.
        self.universal = self._universal(auto, chars, follow, domain) if exact else frozenset()
        self.looks = auto.looks
        self.usable = [frozenset(a for a, moves in enumerate(table) if moves) for table in self.moves]
        self.domain = domain
        self.budget = budget
        # Filled by run(): per input length, support -> (parent support, atom), and the levels.
        self.parents: list[dict[Support, tuple[Support, int]]] = []
        self.tables: list[dict[Support, Counts]] = []
        self.levels: list[int] = []
        self.period: tuple[int, int] | None = None  # (first length, period) of a repeating table

    def _universal(
        self, auto: Automaton, chars: list[int], follow: list[dict[int, int]], domain: Domain
    ) -> frozenset[int]:
        """Positions from which the search is sure to succeed, whatever input remains."""
        accepting = {p for p, w in auto.top.clean_last.items() if w and chars[p]}
        if domain.prefix:
            return frozenset(accepting)
        # fullmatch: accepting, and every character leads to such a position (greatest fixpoint).
        found = set(accepting)
        changed = True
        while changed:
            changed = False
            for p in list(found):
                reach = 0
                for q in auto.clean[p]:
                    if q in found:
                        reach |= chars[q]
                if reach & domain.alphabet != domain.alphabet:
                    found.discard(p)
                    changed = True
        return frozenset(found)

    def step(self, counts: dict[int, int], atom: int) -> dict[int, int]:
        out: dict[int, int] = {}
        moves = self.moves
        for p, count in counts.items():
            for q, w in moves[p][atom]:
                out[q] = out.get(q, 0) + count * w
        if self.universal:
            for q in self.universal.intersection(out):
                out[q] = 1
        return out

    def size(self, counts: dict[int, int]) -> int:
        """The steps of one input position: every run's, except that of the runs in positions
        sure to succeed only one is ever explored (the first one succeeds, and the search ends)."""
        weight, universal = self.weight, self.universal
        total = chained = 0
        for p, count in counts.items():
            if p in universal:
                chained = max(chained, weight[p])
            else:
                total += count * weight[p]
        return total + chained

    def _transitions(self, support: Support) -> list[_Move]:
        """Where the runs in ``support`` go, one entry per distinct move (atoms that move every
        run alike share one). The next support depends on the support alone, never on the counts."""
        found = self.transitions.get(support)
        if found is None:
            usable = self.usable
            atoms = (
                usable[support[0]].union(*(usable[p] for p in support[1:])) if len(support) > 1 else usable[support[0]]
            )
            distinct: dict[Any, _Move] = {}
            for atom in sorted(atoms):
                targets = tuple(sorted({q for p in support for q, _ in self.moves[p][atom]}))
                where = {q: j for j, q in enumerate(targets)}
                triples = tuple((i, where[q], w) for i, p in enumerate(support) for q, w in self.moves[p][atom])
                if (targets, triples) not in distinct:
                    weights, capped, chain = self.shape(targets)
                    distinct[(targets, triples)] = (atom, targets, triples, weights, capped, chain)
            found = self.transitions[support] = list(distinct.values())
        return found

    def shape(self, key: Support) -> tuple[tuple[int, ...], tuple[int, ...], int]:
        """For a support: each position's weight (0 for those sure to succeed), the indices of the
        latter, and the largest of their weights (only one of their runs is ever explored)."""
        found = self.shapes.get(key)
        if found is None:
            universal, weight = self.universal, self.weight
            found = self.shapes[key] = (
                tuple(0 if q in universal else weight[q] for q in key),
                tuple(j for j, q in enumerate(key) if q in universal),
                max((weight[q] for q in key if q in universal), default=0),
            )
        return found

    def measure(self, support: Support, counts: Iterable[int]) -> int:
        weights, _, chain = self.shape(support)
        return int(chain + sum(map(mul, weights, counts)))

    def greedy(self) -> list[int] | None:
        """A quick refusal: an input that costs more than the budget, built by taking at each
        step the move that leaves the costliest runs; None once the walk repeats itself or ends."""
        support: Support = (self.root,)
        counts: Counts = (1,)
        total = self.measure(support, counts)
        seen = {(support, counts)}
        word: list[int] = []
        for _ in range(self.domain.max_length):
            best: tuple[int, Support, Counts, int] | None = None
            for atom, key, triples, weights, capped, chain in self._transitions(support):
                after = [0] * len(key)
                for i, j, w in triples:
                    after[j] += counts[i] * w
                for j in capped:
                    after[j] = 1
                size = chain + sum(map(mul, weights, after))
                if best is None or size > best[0]:
                    best = (size, key, tuple(after), atom)
            if best is None or (best[1], best[2]) in seen:
                return None
            total += best[0]
            support, counts = best[1], best[2]
            seen.add((support, counts))
            word.append(best[3])
            if total > self.budget:
                return word
        return None

    def advance(
        self, table: dict[Support, Counts]
    ) -> tuple[dict[Support, Counts], dict[Support, tuple[Support, int]], int]:
        """The table one input character later, the costliest move into each support, and the
        work it took."""
        following: dict[Support, list[int]] = {}
        parents: dict[Support, tuple[Support, int]] = {}
        best: dict[Support, int] = {}
        work = 0
        for support, counts in table.items():
            moves = self._transitions(support)
            for atom, key, triples, weights, capped, chain in moves:
                work += len(triples) + 4
                after = [0] * len(key)
                for i, j, w in triples:
                    after[j] += counts[i] * w
                for j in capped:
                    after[j] = 1
                size = chain + sum(map(mul, weights, after))
                merged = following.get(key)
                if merged is None:
                    following[key] = after
                else:
                    for j, count in enumerate(after):
                        if count > merged[j]:
                            merged[j] = count
                if size > best.get(key, -1):
                    best[key], parents[key] = size, (support, atom)
        return _undominated({key: tuple(counts) for key, counts in following.items()}), parents, work

    def run(self) -> Verdict:
        n = self.domain.max_length
        self.transitions: dict[Support, list[_Move]] = {}
        self.shapes: dict[Support, tuple[tuple[int, ...], tuple[int, ...], int]] = {}
        root: Support = (self.root,)
        table: dict[Support, Counts] = {root: (1,)}
        total = self.measure(root, (1,))
        self.tables, self.levels, self.parents = [table], [total], [{}]
        word = self.greedy()
        if word is not None:
            return Verdict(self._cost(word), "unbounded", self._attack(word))
        seen: dict[Any, int] = {}
        work = 0
        for length in range(1, n + 1):
            table, parents, spent = self.advance(table)
            work += spent
            if not table:
                return Verdict(total, None)
            if len(table) > _MAX_SUPPORTS or work > _MAX_WORK:
                return self._refused("complex", total)
            level = max(self.measure(key, counts) for key, counts in table.items())
            total += level
            self.tables.append(table)
            self.levels.append(level)
            self.parents.append(parents)
            if total > self.budget:
                return self._refused(None, total)
            remaining = n - length
            frozen = tuple(sorted(table.items()))
            if frozen in seen:
                # The table repeats: so do the levels, every ``period`` lengths, up to the bound.
                start = seen[frozen]
                period = length - start
                self.period = (start, period)
                cycle = self.levels[start + 1 : length + 1]
                total += sum(cycle) * (remaining // period) + sum(cycle[: remaining % period])
                return self._refused(None, total) if total > self.budget else Verdict(total, None)
            seen[frozen] = length
            if length % 8 == 0 and length >= 16 and remaining > 8:
                # A table that holds every later one: the largest of the last lengths, if one more
                # character never leads out of it (each table is then below it, by induction).
                closure = _pointwise_max(self.tables[length - 15 :])
                after, _, spent = self.advance(closure)
                work += spent
                if _dominated(after, closure):
                    total += remaining * max(self.measure(key, counts) for key, counts in closure.items())
                    return self._refused(None, total) if total > self.budget else Verdict(total, None)
        return Verdict(total, None)

    def word(self, length: int, support: Support) -> list[int]:
        """The atoms of an input of ``length`` that leads to ``support`` (the costliest such)."""
        atoms = []
        while length > 0:
            support, atom = self.parents[length][support]
            atoms.append(atom)
            length -= 1
        return atoms[::-1]

    def costliest(self, length: int) -> Support:
        table = self.tables[length]
        return max(table, key=lambda key: self.measure(key, table[key]))

    def attacks(self) -> list[str]:
        """The costliest inputs the search can name: the walk to the costliest vector of the
        last length it computed, pumped over the table's period to the domain's length."""
        found = []
        last = len(self.tables) - 1
        if last > 0:
            word = self.word(last, self.costliest(last))
            found.append(self._attack(word))
            if self.period is not None:
                start, period = self.period
                loop = word[start:] if len(word) > start else []
                if loop:
                    pumped = word + loop * ((self.domain.max_length - len(word)) // len(loop) + 1)
                    found.append(self._attack(pumped))
        return list(dict.fromkeys(found))

    def _cost(self, atoms: list[int]) -> int:
        counts: dict[int, int] = {self.root: 1}
        total = self.size(counts)
        for atom in atoms:
            counts = self.step(counts, atom)
            total += self.size(counts)
        return total

    def _attack(self, atoms: list[int]) -> str:
        text = "".join(_sample(self.atoms[a]) for a in atoms)[: self.domain.max_length - 1]
        return text + self._failing(atoms[: self.domain.max_length - 1])

    def _failing(self, atoms: list[int]) -> str:
        """A last character that no run can take, so that the match fails after trying everything."""
        if self.dead:
            return _sample(self.dead)
        counts: dict[int, int] = {self.root: 1}
        for atom in atoms:
            counts = self.step(counts, atom)
        for index, atom in enumerate(self.atoms):
            if not self.step(counts, index):
                return _sample(atom)
        return _sample(self.atoms[-1])

    def _refused(self, kind: str | None, cost: int) -> Verdict:
        last = len(self.tables) - 1
        attack = self._attack(self.word(last, self.costliest(last))) if last > 0 else ""
        return Verdict(cost, kind or "unbounded", attack)

    def classify(self, verdict: Verdict) -> Verdict:
        """Name the growth behind a refusal: exponential (EDA), polynomial (the pattern loops), or
        finite ambiguity that is large (it does not)."""
        if verdict.kind != "unbounded":
            return verdict
        if self.exponential():
            kind = "exponential"
        elif self.looks:
            kind = "lookaround"
        else:
            kind = "polynomial" if self.loops() else "ambiguous"
        return Verdict(verdict.cost, kind, verdict.attack, verdict.detail)

    def loops(self) -> bool:
        """Whether some position can follow itself (through others): the pattern repeats."""
        live = [p for p in range(self.root) if p not in self.universal]
        graph = {p: [(0, q) for q in self.follow[p] if q < self.root and q not in self.universal] for p in live}
        return any(len(c) > 1 or c[0] in self.follow[c[0]] for c in _components(live, graph))

    def exponential(self) -> bool:
        """Whether the automaton is exponentially ambiguous (EDA, Weideman et al. 2016): some
        position has two different loops on the same word, so runs double with each repetition of
        that word. Positions sure to succeed are left out: their runs are never counted twice."""
        live = [p for p in range(self.root) if p not in self.universal]
        succ = {p: {q: w for q, w in self.follow[p].items() if q < self.root and q not in self.universal} for p in live}
        for component in _components(live, {p: [(0, q) for q in succ[p]] for p in live}):
            members = set(component)
            if len(members) == 1 and component[0] not in succ[component[0]]:
                continue
            if any(w > 1 for p in members for q, w in succ[p].items() if q in members):
                return True
            # Pairs of runs reading the same characters, from a position to itself: EDA when a pair
            # of different positions can leave the diagonal and come back to it.
            pairs: dict[tuple[int, int], list[tuple[int, tuple[int, int]]]] = {}
            queue = [(p, p) for p in members]
            while queue:
                pair = queue.pop()
                if pair in pairs:
                    continue
                a, b = pair
                pairs[pair] = [
                    (0, (x, y))
                    for x in succ[a]
                    if x in members
                    for y in succ[b]
                    if y in members and self.chars[x] & self.chars[y]
                ]
                queue.extend(target for _, target in pairs[pair] if target not in pairs)
                if len(pairs) > 20_000:
                    return True  # too large to test; counted as the worst
            for group in _components(list(pairs), pairs):
                if len(group) > 1 and any(p == q for p, q in group) and any(p != q for p, q in group):
                    return True
        return False


_Node = TypeVar("_Node", bound=Hashable)


def _components(nodes: list[_Node], edges: dict[_Node, list[tuple[int, _Node]]]) -> list[list[_Node]]:
    """Strongly connected components (Tarjan, iterative), in reverse topological order."""
    index: dict[_Node, int] = {}
    low: dict[_Node, int] = {}
    on_stack: set[_Node] = set()
    stack: list[_Node] = []
    out: list[list[_Node]] = []
    counter = 0
    for start in nodes:
        if start in index:
            continue
        work: list[tuple[_Node, Iterator[tuple[int, _Node]]]] = [(start, iter(edges.get(start, ())))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            advanced = False
            for _, child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(edges.get(child, ()))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                members = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    members.append(member)
                    if member == node:
                        break
                out.append(members)
    return out


def _analyse(seq: Seq, flags: int, domain: Domain, depth: int = 0) -> Verdict:
    """Bounded repetitions are first read as loops past 4 copies (cheaper, and sound: it only adds
    runs); a pattern refused that way is analysed again with up to :data:`_EXPAND` copies."""
    verdict = Verdict(0, "complex", "")
    search: _Search | None = None
    for expand in (4, _EXPAND):
        builder = _Builder(domain, expand, depth)
        try:
            auto = builder.build(seq, flags)
        except _TooBig:
            break
        except _Unsupported as exc:
            return Verdict(0, "unsupported", "", str(exc))
        except _Refused as exc:
            return exc.verdict
        search = _Search(auto, domain, BUDGET, exact=not builder.approximated)
        verdict = search.run()
        if verdict.bounded or verdict.kind == "complex" or not builder.approximated:
            return search.classify(verdict)
    return search.classify(verdict) if search is not None else verdict


_PLAIN = r"(?:[^^$*+?{}\[\]()|\\]|\\[^A-Za-z0-9])"


@lru_cache(maxsize=1)
def _simple() -> re.Pattern[str]:
    """Literal text, then at most one repetition of one character at its end: no choice is ever
    made twice, so the work is linear (at most two steps per character). Most resource patterns
    (``/api/.*``, ``/api/*``) look like this and skip the analysis; so do they as segments (the
    resource rule's ``(?:...)(?=/|\\Z)``, a lookahead of three steps at each position)."""
    body = rf"\^?{_PLAIN}*(?:(?:{_PLAIN}|\.)[*+?])?\$?"
    return re.compile(rf"(?P<plain>{body})|\(\?:(?P<segment>{body})\)\(\?=/\|\\Z\)")


@lru_cache(maxsize=4096)
def check(pattern: str, flags: int, domain: Domain) -> Verdict:
    """The verdict on ``pattern`` compiled with ``flags`` and run as ``domain`` runs it. Memoised."""
    if not flags & sre.SRE_FLAG_VERBOSE:
        simple = _simple().fullmatch(pattern)
        if simple is not None:
            return Verdict((3 if simple["plain"] is not None else 6) * (domain.max_length + 1), None)
    parsed = parse(pattern, flags)
    if parsed is None:
        return Verdict(0, "unsupported", "", "not a valid regular expression")
    return _analyse(parsed.seq, parsed.flags, domain)


def attacks(pattern: str, flags: int, domain: Domain) -> list[str]:
    """Inputs of ``domain`` derived from the pattern's automaton that make it work hardest: the
    walk to its costliest loop, pumped to the length bound, then a character no run can take.
    For benchmarks; empty when the pattern cannot be analysed."""
    parsed = parse(pattern, flags)
    if parsed is None:
        return []
    builder = _Builder(domain, _EXPAND, 0)
    try:
        auto = builder.build(parsed.seq, parsed.flags)
    except (_TooBig, _Unsupported, _Refused):
        return []
    search = _Search(auto, domain, BUDGET, exact=not builder.approximated)
    search.run()
    return search.attacks()


@lru_cache(maxsize=4096)
def sees_the_end(pattern: str, flags: int = 0) -> bool:
    """Whether what ``pattern`` matches at the start of a string can depend on what comes after the
    match (``$``, ``\\Z``, ``\\b``, ``\\B``, a lookahead, a back-reference): if not, matching a
    prefix of a long value answers as matching the whole value would, or more strictly."""
    if not any(token in pattern for token in ("$", "\\", "(?=", "(?!", "(?(")):
        return False  # none of those constructs can be there: no need to parse
    if pattern.endswith(("$", "\\Z", "(?=/|\\Z)")) and not pattern.endswith("\\$"):
        return True  # an anchor at the very end, like the resource rule's segment lookahead
    parsed = parse(pattern, flags)
    return parsed is None or _sees_the_end(parsed.seq)


_ENDS = frozenset(
    code
    for code in (
        sre.AT_END,
        sre.AT_END_STRING,
        sre.AT_END_LINE,
        sre.AT_BOUNDARY,
        sre.AT_NON_BOUNDARY,
        getattr(sre, "AT_LOC_BOUNDARY", None),
        getattr(sre, "AT_LOC_NON_BOUNDARY", None),
        getattr(sre, "AT_UNI_BOUNDARY", None),
        getattr(sre, "AT_UNI_NON_BOUNDARY", None),
    )
    if code is not None
)


def _sees_the_end(seq: Seq) -> bool:
    for op, av in seq:
        if op is sre.AT and av in _ENDS:
            return True
        if op in (sre.ASSERT, sre.ASSERT_NOT) and av[0] > 0:
            return True
        if op in (sre.GROUPREF, sre.GROUPREF_EXISTS):
            return True
        if any(_sees_the_end(child) for child in _children(op, av)):
            return True
    return False


def _children(op: Any, av: Any) -> Iterator[Seq]:
    if op is sre.SUBPATTERN:
        yield av[3]
    elif op in _REPEATS:
        yield av[2]
    elif op is sre.BRANCH:
        yield from av[1]
    elif op in (sre.ASSERT, sre.ASSERT_NOT):
        yield av[1]
    elif op is _ATOMIC:
        yield av
    elif op is sre.GROUPREF_EXISTS:
        yield av[1]
        yield av[2]


Wrap = Callable[[str], str]


# ---------------------------------------------------------------------------------------------
# Writing a tree back as a pattern.

_SPECIAL = frozenset(".^$*+?{}[]\\|()")
_CLASS_SPECIAL = frozenset("\\]^-[")
_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r", "\f": "\\f", "\v": "\\v"}


def _char_text(code: int, in_class: bool, verbose: bool) -> str:
    char = chr(code)
    if char in (_CLASS_SPECIAL if in_class else _SPECIAL) or (verbose and char in " #"):
        return "\\" + char
    if char in _ESCAPES:
        return _ESCAPES[char]
    if code < 0x20 or code == 0x7F:
        return f"\\x{code:02x}"
    return char


def _at_text() -> dict[Any, str]:
    return {
        sre.AT_BEGINNING: "^",
        sre.AT_BEGINNING_STRING: "\\A",
        sre.AT_END: "$",
        sre.AT_END_STRING: "\\Z",
        sre.AT_BOUNDARY: "\\b",
        sre.AT_NON_BOUNDARY: "\\B",
    }


def _category_text() -> dict[Any, str]:
    return {
        sre.CATEGORY_DIGIT: "\\d",
        sre.CATEGORY_NOT_DIGIT: "\\D",
        sre.CATEGORY_SPACE: "\\s",
        sre.CATEGORY_NOT_SPACE: "\\S",
        sre.CATEGORY_WORD: "\\w",
        sre.CATEGORY_NOT_WORD: "\\W",
    }


def _flag_text(flags: int) -> str:
    letters = [
        (sre.SRE_FLAG_IGNORECASE, "i"),
        (sre.SRE_FLAG_LOCALE, "L"),
        (sre.SRE_FLAG_MULTILINE, "m"),
        (sre.SRE_FLAG_DOTALL, "s"),
        (sre.SRE_FLAG_VERBOSE, "x"),
        (sre.SRE_FLAG_ASCII, "a"),
    ]
    return "".join(letter for flag, letter in letters if flags & flag)


class _Writer:
    def __init__(self, names: dict[int, str], verbose: bool) -> None:
        self.names = names
        self.verbose = verbose

    def seq(self, seq: Seq) -> str:
        alone = len(seq) == 1
        return "".join(self.node(op, av, alone) for op, av in seq)

    def atom(self, seq: Seq) -> str:
        """``seq`` as one unit a quantifier can follow."""
        if len(seq) == 1:
            op, av = seq[0]
            if op in _CHAR_OPS or op in (sre.SUBPATTERN, _ATOMIC, sre.GROUPREF):
                return self.node(op, av, True)
        return f"(?:{self.seq(seq)})"

    def node(self, op: Any, av: Any, alone: bool) -> str:
        if op is sre.LITERAL:
            return _char_text(av, False, self.verbose)
        if op is sre.NOT_LITERAL:
            return f"[^{_char_text(av, True, self.verbose)}]"
        if op is sre.ANY:
            return "."
        if op is sre.IN:
            return self.in_(av)
        if op is sre.AT:
            return _at_text().get(av, "")
        if op is sre.BRANCH:
            text = "|".join(self.seq(branch) for branch in av[1])
            return text if alone else f"(?:{text})"
        if op is sre.SUBPATTERN:
            group, add, remove, body = av
            inner = self.seq(body)
            if group is None:
                flags = _flag_text(add) + (f"-{_flag_text(remove)}" if remove else "")
                return f"(?{flags}:{inner})"
            if group in self.names:
                return f"(?P<{self.names[group]}>{inner})"
            return f"({inner})"
        if op in _REPEATS:
            low, high, body = av
            if (low, high) == (0, _INF):
                quantifier = "*"
            elif (low, high) == (1, _INF):
                quantifier = "+"
            elif (low, high) == (0, 1):
                quantifier = "?"
            elif high == _INF:
                quantifier = f"{{{low},}}"
            elif low == high:
                quantifier = f"{{{low}}}"
            else:
                quantifier = f"{{{low},{high}}}"
            if op is sre.MIN_REPEAT:
                quantifier += "?"
            elif op is not sre.MAX_REPEAT:
                quantifier += "+"
            return self.atom(body) + quantifier
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            direction, body, _ = av
            kind = ("=" if op is sre.ASSERT else "!") if direction > 0 else ("<=" if op is sre.ASSERT else "<!")
            return f"(?{kind}{self.seq(body)})"
        if op is _ATOMIC:
            return f"(?>{self.seq(av)})"
        if op is sre.GROUPREF:
            return f"(?P={self.names[av]})" if av in self.names else f"(?:\\{av})"
        if op is sre.GROUPREF_EXISTS:
            group, yes, no = av
            name = self.names.get(group, str(group))
            return f"(?({name}){self.seq(yes)}|{self.seq(no)})" if no else f"(?({name}){self.seq(yes)})"
        raise _Unsupported(str(op))

    def in_(self, items: tuple[Any, ...]) -> str:
        if len(items) == 1 and items[0][0] is sre.CATEGORY:
            return _category_text().get(items[0][1], "")
        out = []
        dash = ""
        for op, av in items:
            if op is sre.NEGATE:
                out.append("^")
            elif op is sre.LITERAL and av == ord("-"):
                dash = "-"  # last in the class, where it needs no escape
            elif op is sre.LITERAL and av == ord("^") and not out:
                out.append("\\^")
            elif op is sre.LITERAL:
                out.append(_char_text(av, True, self.verbose).replace("\\^", "^"))
            elif op is sre.RANGE:
                out.append(f"{_char_text(av[0], True, self.verbose)}-{_char_text(av[1], True, self.verbose)}")
            elif op is sre.CATEGORY:
                out.append(_category_text().get(av, ""))
        return f"[{''.join(out)}{dash}]"


def unparse(parsed: Parsed, base_flags: int = 0) -> str:
    """A pattern whose parse tree is ``parsed.seq`` (global flags not in ``base_flags`` inline)."""
    inline = _flag_text(parsed.flags & ~base_flags)
    prefix = f"(?{inline})" if inline else ""
    return prefix + _Writer(parsed.names, bool(parsed.flags & sre.SRE_FLAG_VERBOSE)).seq(parsed.seq)


# ---------------------------------------------------------------------------------------------
# Rewrites: a pattern the analysis accepts, as close to the refused one as the rules allow.


class Rewrite(_Record):
    """A pattern that passes the check, and how its matches relate to the refused pattern's:
    ``"same"``, ``"fewer"`` (a subset: each repetition stops at the character that follows it),
    ``"wider"`` (a superset: repetitions of characters as one class), ``"more"`` (back-references
    spelled out) or ``"listed"`` (only the listed values)."""

    __slots__ = ("pattern", "relation")

    def __init__(self, pattern: str, relation: str) -> None:
        self.pattern = pattern
        self.relation = relation


def _single(seq: Seq) -> tuple[Any, Any] | None:
    """The one node ``seq`` is made of, looking through non-capturing and capturing groups."""
    while len(seq) == 1:
        op, av = seq[0]
        if op is sre.SUBPATTERN and not av[1] and not av[2]:
            seq = av[3]
            continue
        return seq[0]
    return None


def _items(seq: Seq) -> Seq:
    """``seq`` without the groups that wrap all of it."""
    while len(seq) == 1 and seq[0][0] is sre.SUBPATTERN and not seq[0][1][1] and not seq[0][1][2]:
        seq = seq[0][1][3]
    return seq


def _is_char(node: tuple[Any, Any] | None) -> bool:
    return node is not None and node[0] in _CHAR_OPS


def _map(seq: Seq, rule: Callable[[Seq], Seq]) -> Seq:
    """Apply ``rule`` to every sequence in the tree, innermost first."""
    out = []
    for op, av in seq:
        if op is sre.SUBPATTERN:
            av = (av[0], av[1], av[2], _map(av[3], rule))
        elif op in _REPEATS:
            av = (av[0], av[1], _map(av[2], rule))
        elif op is sre.BRANCH:
            av = (None, tuple(_map(branch, rule) for branch in av[1]))
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            av = (av[0], _map(av[1], rule), av[2])
        elif op is _ATOMIC:
            av = _map(av, rule)
        elif op is sre.GROUPREF_EXISTS:
            av = (av[0], _map(av[1], rule), _map(av[2], rule))
        out.append((op, av))
    return rule(tuple(out))


def _groups(seq: Seq, found: dict[int, Seq]) -> dict[int, Seq]:
    for op, av in seq:
        if op is sre.SUBPATTERN and av[0] is not None:
            found[av[0]] = av[3]
        for child in _children(op, av):
            _groups(child, found)
    return found


def _spell_out(groups: dict[int, Seq]) -> Callable[[Seq], Seq]:
    """A back-reference becomes a copy of its group; a conditional group, the choice of its two
    branches. Both match the same shapes, without requiring the repeat to be identical."""

    def rule(seq: Seq) -> Seq:
        out: list[tuple[Any, Any]] = []
        for op, av in seq:
            if op is sre.GROUPREF:
                out.append((sre.SUBPATTERN, (None, 0, 0, _strip_groups(groups.get(av, ())))))
            elif op is sre.GROUPREF_EXISTS:
                out.append((sre.SUBPATTERN, (None, 0, 0, ((sre.BRANCH, (None, (av[1], av[2]))),))))
            else:
                out.append((op, av))
        return tuple(out)

    return rule


def _strip_groups(seq: Seq) -> Seq:
    def rule(inner: Seq) -> Seq:
        return tuple(
            (sre.SUBPATTERN, (None, av[1], av[2], av[3])) if op is sre.SUBPATTERN else (op, av) for op, av in inner
        )

    return _map(seq, rule)


def _lengths(low: int, high: int, outer_low: int, outer_high: int) -> tuple[int, int] | None:
    """The repetition counts of ``(x{low,high}){outer_low,outer_high}`` as one interval, if they are one."""
    spans = [(0, 0)] if outer_low == 0 else []
    top = outer_high if outer_high != _INF else max(outer_low, 1) + 64
    for count in range(max(outer_low, 1), min(top, 256) + 1):
        spans.append((low * count, _INF if high == _INF else high * count))
    spans.sort()
    start, end = spans[0]
    for a, b in spans[1:]:
        if end != _INF and a > end + 1:
            return None
        end = _INF if _INF in (end, b) else max(end, b)
    if outer_high == _INF and high != _INF and (high - low) * top + 1 < low:
        return None  # gaps open up again past the counts tried
    return start, (_INF if outer_high == _INF else end)


def _flatten(seq: Seq) -> Seq:
    """``(x+)+`` is ``x+``, ``(x{1,16})*`` is ``x*``: a repetition of one repeated character."""
    out = []
    for op, av in seq:
        if op in _REPEATS:
            inner = _single(av[2])
            if inner is not None and inner[0] in _REPEATS and _is_char(_single(inner[1][2])):
                span = _lengths(inner[1][0], inner[1][1], av[0], av[1])
                if span is not None:
                    out.append((sre.MAX_REPEAT, (span[0], span[1], inner[1][2])))
                    continue
        out.append((op, av))
    return tuple(out)


def _merge(flags: int) -> Callable[[Seq], Seq]:
    """``\\w+\\w*`` is ``\\w+``, and ``.*\\.*`` is ``.*``: adjacent repetitions of one character,
    one repetition; an optional one whose characters the unbounded one next to it takes, dropped."""

    def rule(seq: Seq) -> Seq:
        out: list[tuple[Any, Any]] = []
        for op, av in seq:
            this = _char_repeat(op, av)
            if out and this is not None:
                prev = _char_repeat(*out[-1])
                merged = _merged(prev, this, flags) if prev is not None else None
                if merged is not None:
                    out[-1:] = [_plain(node) for node in merged]
                    continue
            out.append((op, av))
        return tuple(out)

    return rule


def _char_repeat(op: Any, av: Any) -> tuple[int, int, tuple[Any, Any]] | None:
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        node = _single(av[2])
        return (av[0], av[1], node) if node is not None and _is_char(node) else None
    return (1, 1, (op, av)) if op in _CHAR_OPS else None


def _plain(node: tuple[Any, Any]) -> tuple[Any, Any]:
    """``x{1}`` is ``x``."""
    op, av = node
    return av[2][0] if op is sre.MAX_REPEAT and av[0] == av[1] == 1 else node


def _takes_others(node: tuple[Any, Any]) -> bool:
    """Whether ``node`` takes every character outside ASCII (the model has one symbol for them)."""
    op, av = node
    return op in (sre.ANY, sre.NOT_LITERAL) or (op is sre.IN and any(item[0] is sre.NEGATE for item in av))


def _within(inner: tuple[Any, Any], outer: tuple[Any, Any], flags: int) -> bool:
    """Whether every character ``inner`` takes, ``outer`` takes."""
    a, b = charset(inner[0], inner[1], flags), charset(outer[0], outer[1], flags)
    if a & _OTHER and not _takes_others(outer):
        return False
    return a & ~b & _ASCII == 0


def _merged(
    prev: tuple[int, int, tuple[Any, Any]], this: tuple[int, int, tuple[Any, Any]], flags: int
) -> tuple[tuple[Any, Any], ...] | None:
    """One or two repetitions matching what ``prev`` then ``this`` match, or None if no rule applies:
    ``x{a,b}x{c,d}`` is ``x{a+c,b+d}``; and when ``y`` takes only characters ``x`` takes,
    ``x{a,}y{b,c}`` is ``x{a,}y{b}`` (what ``y`` repeats past ``b``, ``x`` can take instead)."""
    (low, high, node), (low2, high2, node2) = prev, this
    if (low, high) == (low2, high2) == (1, 1):
        return None
    if node == node2:
        return ((sre.MAX_REPEAT, (low + low2, _INF if _INF in (high, high2) else high + high2, (node,))),)
    if high == _INF and high2 != low2 and _within(node2, node, flags):
        kept = (sre.MAX_REPEAT, (low, _INF, (node,)))
        return (kept,) + (((sre.MAX_REPEAT, (low2, low2, (node2,))),) if low2 else ())
    if high2 == _INF and high != low and _within(node, node2, flags):
        kept = (sre.MAX_REPEAT, (low2, _INF, (node2,)))
        return (((sre.MAX_REPEAT, (low, low, (node,))),) if low else ()) + (kept,)
    return None


def _class_of(nodes: list[tuple[Any, Any]]) -> tuple[Any, Any] | None:
    """One class node matching what any of ``nodes`` (single characters) matches, if writable."""
    items: list[tuple[Any, Any]] = []
    for op, av in nodes:
        if op is sre.ANY:
            return (sre.ANY, None)
        if op is sre.LITERAL:
            entry = (sre.LITERAL, av)
            if entry not in items:
                items.append(entry)
        elif op is sre.IN and not any(item[0] is sre.NEGATE for item in av):
            items.extend(item for item in av if item not in items)
        else:
            return None
    if len(items) == 1 and items[0][0] is sre.LITERAL:
        return items[0]
    return (sre.IN, tuple(items))


def _union(flags: int) -> Callable[[Seq], Seq]:
    """``(\\w|\\w\\w)+`` is ``\\w+``: a loop whose body matches only characters of one class, and
    among them every single character of it, matches exactly the strings of that class."""

    def rule(seq: Seq) -> Seq:
        out = []
        for op, av in seq:
            if (
                op in _REPEATS
                and av[1] == _INF
                and _single(av[2]) is None
                or (op in _REPEATS and av[1] == _INF and not _is_char(_single(av[2])))
            ):
                found = _characters(av[2], flags)
                if found is not None:
                    nodes, shortest, singles = found
                    whole = _class_of(nodes)
                    others_ok = (
                        not any(charset(op, av, flags) & _OTHER and not _takes_others((op, av)) for op, av in nodes)
                        or len(set(nodes)) == 1
                    )
                    if (
                        shortest <= 1
                        and whole is not None
                        and others_ok
                        and singles & _ASCII == charset(whole[0], whole[1], flags) & _ASCII
                    ):
                        out.append((sre.MAX_REPEAT, (av[0] if shortest else 0, _INF, (whole,))))
                        continue
            out.append((op, av))
        return tuple(out)

    return rule


def _characters(seq: Seq, flags: int) -> tuple[list[tuple[Any, Any]], int, int] | None:
    """For a subexpression made of characters only: its character nodes, its shortest match and
    the characters it matches as one-character strings; None if it holds anything else."""
    nodes: list[tuple[Any, Any]] = []
    parts: list[tuple[int, int]] = []  # (shortest, singles) of each item
    for op, av in seq:
        if op in _CHAR_OPS:
            nodes.append((op, av))
            parts.append((1, charset(op, av, flags)))
            continue
        if op is sre.SUBPATTERN and not av[1] and not av[2]:
            found = _characters(av[3], flags)
        elif op is sre.BRANCH:
            found = None
            branches = [_characters(branch, flags) for branch in av[1]]
            if all(b is not None for b in branches):
                found = (
                    [node for b in branches if b for node in b[0]],
                    min(b[1] for b in branches if b),
                    _summed_bits(b[2] for b in branches if b),
                )
        elif op in _REPEATS:
            found = _characters(av[2], flags)
            if found is not None:
                low = av[0]
                found = (found[0], low * found[1], found[2] if low <= 1 or found[1] == 0 else 0)
        else:
            return None
        if found is None:
            return None
        nodes.extend(found[0])
        parts.append((found[1], found[2]))
    singles = 0
    for index, (_, chars) in enumerate(parts):
        if all(shortest == 0 for other, (shortest, _) in enumerate(parts) if other != index):
            singles |= chars
    return nodes, sum(shortest for shortest, _ in parts), singles


def _unroll(flags: int) -> Callable[[Seq], Seq]:
    """``(x+-?)+`` is ``x+(?:-x+)*-?`` when ``-`` is not an ``x``: a loop whose separator is
    optional, unrolled so that the separator is required between two runs."""

    def rule(seq: Seq) -> Seq:
        out: list[tuple[Any, Any]] = []
        for op, av in seq:
            replaced = _unrolled(op, av, flags) if op in _REPEATS else None
            if replaced is None:
                out.append((op, av))
            else:
                out.extend(replaced)
        return tuple(out)

    return rule


def _unrolled(op: Any, av: Any, flags: int) -> Seq | None:
    low, high, body = av
    items = _items(body)
    if high != _INF or low > 1 or len(items) != 2:
        return None
    run_at = 0 if items[0][0] in _REPEATS and items[0][1][:2] == (0, 1) else 1 if items[1][0] in _REPEATS else -1
    run_at = 1 if items[0][0] in _REPEATS and items[0][1][:2] == (0, 1) else 0
    run, sep = items[run_at], items[1 - run_at]
    if run[0] not in _REPEATS or run[1][0] != 1 or sep[0] not in _REPEATS or sep[1][:2] != (0, 1):
        return None
    char, mark = _single(run[1][2]), _single(sep[1][2])
    if not _is_char(char) or not _is_char(mark):
        return None
    assert char is not None and mark is not None
    if charset(char[0], char[1], flags) & charset(mark[0], mark[1], flags):
        return None
    runs = (sre.MAX_REPEAT, (1, _INF, (char,)))
    more = (sre.MAX_REPEAT, (0, _INF, ((sre.SUBPATTERN, (None, 0, 0, (mark, runs))),)))
    optional = (sre.MAX_REPEAT, (0, 1, (mark,)))
    whole: Seq = (runs, more, optional) if run_at == 0 else (optional, runs, more)
    if low == 0:
        return ((sre.MAX_REPEAT, (0, 1, ((sre.SUBPATTERN, (None, 0, 0, whole)),))),)
    return whole


def _without(node: tuple[Any, Any], mark: tuple[Any, Any], flags: int, newline: bool) -> tuple[Any, Any] | None:
    """The class ``node`` less the characters of ``mark`` (a literal or a class of literals)."""
    op, av = node
    if mark[0] is sre.LITERAL:
        codes = [mark[1]]
    elif mark[0] is sre.IN and all(item[0] is sre.LITERAL for item in mark[1]):
        codes = [item[1] for item in mark[1]]
    else:
        return None
    if op is sre.ANY:
        extra = [] if flags & _DOTALL or not newline else [(sre.LITERAL, 10)]
        return (sre.IN, ((sre.NEGATE, None), *((sre.LITERAL, c) for c in codes), *extra))
    if op is sre.NOT_LITERAL:
        return (sre.IN, ((sre.NEGATE, None), (sre.LITERAL, av), *((sre.LITERAL, c) for c in codes)))
    if op is not sre.IN:
        return None
    if any(item[0] is sre.NEGATE for item in av):
        return (sre.IN, (*av, *((sre.LITERAL, c) for c in codes)))
    items: list[tuple[Any, Any]] = []
    for item_op, item_av in av:
        if item_op is sre.LITERAL:
            if item_av not in codes:
                items.append((item_op, item_av))
        elif item_op is sre.RANGE:
            start = item_av[0]
            for code in sorted(c for c in codes if item_av[0] <= c <= item_av[1]) + [item_av[1] + 1]:
                if code - 1 > start:
                    items.append((sre.RANGE, (start, code - 1)))
                elif code - 1 == start:
                    items.append((sre.LITERAL, start))
                start = code + 1
        elif item_op is sre.CATEGORY and not any(charset(sre.LITERAL, c, flags) & _category(item_av) for c in codes):
            items.append((item_op, item_av))
        else:
            return None
    return (sre.IN, tuple(items)) if items else None


def _stop_sites(seq: Seq, flags: int, newline: bool) -> list[Callable[[], Seq]]:
    """Each way of making one repetition stop at the character that follows it: in ``.*\\.``,
    ``[^.]*\\.``. Listed outermost first, left to right."""
    sites: list[Callable[[], Seq]] = []

    def visit(inner: Seq, rebuild: Callable[[Seq], Seq]) -> None:
        for index, (op, av) in enumerate(inner):
            if op in _REPEATS and index + 1 < len(inner):
                char = _single(av[2])
                after = inner[index + 1]
                if _is_char(char) and _is_char(after):
                    assert char is not None
                    if charset(char[0], char[1], flags) & charset(after[0], after[1], flags):
                        narrowed = _without(char, after, flags, newline)
                        if narrowed is not None:
                            sites.append(_replacing(rebuild, inner, index, (op, (av[0], av[1], (narrowed,)))))
            for position, child in enumerate(_children(op, av)):
                visit(child, _rebuilding(rebuild, inner, index, position))

    visit(seq, lambda whole: whole)
    return sites


def _replacing(rebuild: Callable[[Seq], Seq], inner: Seq, index: int, node: tuple[Any, Any]) -> Callable[[], Seq]:
    return lambda: rebuild(inner[:index] + (node,) + inner[index + 1 :])


def _rebuilding(rebuild: Callable[[Seq], Seq], inner: Seq, index: int, position: int) -> Callable[[Seq], Seq]:
    def with_child(child: Seq) -> Seq:
        return rebuild(inner[:index] + (_with_child(inner[index], position, child),) + inner[index + 1 :])

    return with_child


def _with_child(node: tuple[Any, Any], position: int, child: Seq) -> tuple[Any, Any]:
    op, av = node
    if op is sre.SUBPATTERN:
        return (op, (av[0], av[1], av[2], child))
    if op in _REPEATS:
        return (op, (av[0], av[1], child))
    if op is sre.BRANCH:
        branches = list(av[1])
        branches[position] = child
        return (op, (None, tuple(branches)))
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return (op, (av[0], child, av[2]))
    if op is _ATOMIC:
        return (op, child)
    yes, no = (child, av[2]) if position == 0 else (av[1], child)
    return (op, (av[0], yes, no))


def rewrite(pattern: str, flags: int, domain: Domain, wrap: Callable[[str], str] | None = None) -> Rewrite | None:
    """A pattern close to ``pattern`` that :func:`check` accepts (``wrap`` turns a candidate into
    the pattern actually compiled, e.g. a resource's), or None when none is found."""
    parsed = parse(pattern, flags)
    if parsed is None:
        return None

    def accepted(seq: Seq) -> str | None:
        text = unparse(Parsed(seq, parsed.flags, parsed.names), flags)
        compiled = wrap(text) if wrap is not None else text
        try:
            re.compile(compiled, flags)
        except re.error:
            return None
        return text if check(compiled, flags, domain).bounded else None

    same = _map(parsed.seq, _spell_out(_groups(parsed.seq, {})))
    relation = "same" if same == parsed.seq else "more"
    merge = _merge(parsed.flags)
    for rule in (_flatten, merge, _union(parsed.flags), _unroll(parsed.flags), _flatten, merge):
        same = _map(same, rule)
    text = accepted(same)
    if text is not None:
        return Rewrite(text, relation)
    # Stop repetitions at the character that follows them: all but the last first (in
    # '.*\..*\..*', the last repetition may keep every character, so the matches stay the same
    # in practice), then all of them.
    newline = domain.alphabet >> 10 & 1 == 1
    count = len(_stop_sites(same, parsed.flags, newline))
    for keep in (1, 0) if count > 1 else (0,):
        narrowed = same
        for _ in range(count - keep):
            sites = _stop_sites(narrowed, parsed.flags, newline)
            if not sites:
                break
            narrowed = sites[0]()
        text = accepted(_map(narrowed, merge))
        if text is not None:
            return Rewrite(text, "fewer")
    for start in (parsed.seq, same):
        text = accepted(_map(_map(start, _widen(parsed.flags)), merge))
        if text is not None:
            return Rewrite(text, "wider")
    return _listed(pattern, flags, domain, accepted)


def _widen(flags: int) -> Callable[[Seq], Seq]:
    """``(\\w+/?)+`` as ``[\\w/]+``: a repetition of characters only, as one class repeated (it
    matches what it matched, and more: ``//`` here)."""

    def rule(seq: Seq) -> Seq:
        out = []
        for op, av in seq:
            if op in _REPEATS and not _is_char(_single(av[2])):
                found = _characters(av[2], flags)
                whole = _class_of(found[0]) if found is not None else None
                if found is not None and whole is not None:
                    out.append((sre.MAX_REPEAT, (av[0] * found[1], _INF, (whole,))))
                    continue
            out.append((op, av))
        return tuple(out)

    return rule


def _listed(pattern: str, flags: int, domain: Domain, accepted: Callable[[Seq], str | None]) -> Rewrite | None:
    """The last resort: values the pattern matches, spelled out (those it was written for, else
    the shortest its automaton reads)."""
    from ._regex import witnesses

    compiled = re.compile(pattern, flags)
    test = compiled.match if domain.prefix else compiled.fullmatch
    texts: list[str] = []
    for text in [w.text for w in witnesses(pattern, flags)] + _examples(pattern, flags, domain):
        # From the start of a path, the pattern may look at what follows (a segment ends at '/').
        fits = test(text) is not None or (domain.prefix and test(text + "/") is not None)
        if len(texts) < 4 and text not in texts and fits:
            texts.append(text)
    if not texts:
        return None
    branches = tuple(tuple((sre.LITERAL, ord(c)) for c in text) for text in texts)
    seq: Seq = ((sre.BRANCH, (None, branches)),) if len(branches) > 1 else branches[0]
    written = accepted(seq)
    return Rewrite(written, "listed") if written is not None else None


def _examples(pattern: str, flags: int, domain: Domain) -> list[str]:
    """Short strings the pattern's automaton accepts (anchors and lookarounds not checked), with a
    letter, a digit or a punctuation character at each position, so that boundaries occur."""
    parsed = parse(pattern, flags)
    if parsed is None:
        return []
    try:
        auto = _Builder(domain, 4, 0).build(parsed.seq, parsed.flags)
    except (_TooBig, _Unsupported, _Refused):
        return []
    chars = [c & domain.alphabet for c in auto.chars]
    found = [""] if auto.top.null else []
    queue = [(q, char) for q in auto.top.first if chars[q] for char in _variety(chars[q])]
    seen = 0
    while queue and seen < 400 and len(found) < 24:
        p, word = queue.pop(0)
        seen += 1
        if p in auto.top.last:
            found.append(word)
        if len(word) < 16:
            queue.extend((q, word + char) for q in auto.follow[p] if chars[q] for char in _variety(chars[q]))
    return found


def _variety(chars: int) -> list[str]:
    """Up to three characters of a set: a letter, a digit, and something else."""
    picks: list[str] = []
    for group in ("abcdefghijklmnopqrstuvwxyz", "0123456789", "-._~:/!$&'*+=@_ "):
        found = next((c for c in group if chars >> ord(c) & 1), None)
        if found is not None:
            picks.append(found)
    return picks or [_sample(chars)]


# ---------------------------------------------------------------------------------------------
# The start-up finding.


def describe(text: str) -> str:
    """``text`` as a short Python expression: ``'https://' + 'a.' * 136 + '!'``."""
    best: tuple[int, int, int, int] | None = None  # (covered, start, unit length, count)
    for start in range(min(len(text), 48)):
        for length in range(1, 9):
            unit = text[start : start + length]
            if len(unit) < length:
                break
            count = 1
            while text.startswith(unit, start + count * length):
                count += 1
            if count >= 4 and (best is None or count * length > best[0]):
                best = (count * length, start, length, count)
    if best is None:
        return repr(text) if len(text) <= 60 else repr(text[:57]) + " + …"
    _, start, length, count = best
    parts = [repr(text[:start])] if start else []
    parts.append(f"{text[start : start + length]!r} * {count}")
    rest = text[start + length * count :]
    if rest:
        parts.append(describe(rest) if len(rest) > 60 else repr(rest))
    return " + ".join(parts)


def raw(text: str) -> str:
    """``text`` written as the raw string literal a user would type."""
    if "'" not in text and not text.endswith("\\") and "\n" not in text:
        return f"r'{text}'"
    return repr(text)


_WHY = {
    "exponential": "a repetition can split the same text between its iterations in exponentially many ways, so "
    "each added character multiplies the work",
    "polynomial": "two repetitions can take the same characters, so the ways to share a value between them grow "
    "with a power of its length",
    "ambiguous": "the pattern can match the same text in too many ways",
    "lookaround": "a lookaround runs again from each position the pattern reaches, and each run can read the "
    "rest of the value",
    "complex": "the pattern has too many states for its cost to be bounded at start-up",
}


def problem(
    pattern: str,
    flags: int,
    option: str,
    domain: Domain,
    *,
    wrap: Callable[[str], str] | None = None,
    value: object = None,
) -> Any:
    """``cors.E014`` when running ``pattern`` as ``domain`` runs it (after ``wrap``, which turns the
    configured text into the compiled pattern) may cost more than :data:`BUDGET`; None otherwise.
    ``value`` is what the finding shows (the configured object; ``pattern`` by default)."""
    from ._errors import Problem

    verdict = check(wrap(pattern) if wrap is not None else pattern, flags, domain)
    if verdict.bounded:
        return None
    noun = domain.name
    article = "an" if noun[0] in "aeiou" else "a"
    if verdict.kind == "unsupported":
        message = (
            f"a {verdict.detail} makes what a match does depend on what an earlier group matched, which this check "
            "does not model, so the work of one match is not bounded; one request could stall a worker."
        )
    else:
        cost = (
            f"one {noun} of {len(verdict.attack)} characters, {describe(verdict.attack)}, makes re take more than "
            f"{BUDGET:,} steps, the most one match may take (about 0.5 ms)"
            if verdict.attack
            else f"{article} {noun} of up to {domain.max_length:,} characters can make re take more than {BUDGET:,} steps"
        )
        message = f"{cost}: {_WHY.get(verdict.kind or '', _WHY['complex'])}, and one request can stall a worker."
    found = rewrite(pattern, flags, domain, wrap)
    if found is None:
        hint = "repeat each part once, and end each repetition with a character it cannot match."
    elif found.relation == "same":
        hint = f"write {raw(found.pattern)}, which matches the same {noun}s."
    elif found.relation == "fewer":
        hint = (
            f"write {raw(found.pattern)}: each repetition stops at the character that follows it, so {article} {noun} "
            "can be matched one way only (it matches the same values, or fewer)."
        )
    elif found.relation == "wider":
        hint = (
            f"write {raw(found.pattern)}: each repetition of a few characters written as one class repeated (it "
            "matches the same values, and more)."
        )
    elif found.relation == "more":
        hint = (
            f"write {raw(found.pattern)}: each back-reference written out as its group and each conditional group "
            "as a choice of its branches (it matches the same values, and more)."
        )
    else:
        hint = f"list the {noun}s it is meant to match: {raw(found.pattern)}."
    return Problem(
        "cors.E014",
        option,
        pattern if value is None else value,
        message,
        hint,
        fix=found.pattern if found is not None else None,
    )
