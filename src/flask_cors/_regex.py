"""Regular expressions users give us: what they cost to match, and what they were meant to match.

Python's ``re`` backtracks, so a pattern's worst case is decided by its shape, not by the input's
length alone. This module reads a pattern's parse tree once, at start-up, and answers:

* :func:`backtracking_risk`: whether the pattern can backtrack exponentially (an unbounded
  repetition whose body can be split between iterations in more than one way: ``(a+)+``,
  ``(.*\\.)*``, ``(a|b|ab)*``), or polynomially (two unbounded repetitions in a run that can
  consume the same characters: ``.*.*``, ``.*\\..*``). Both are refused. What is accepted is
  linear, or close to it, in the input; and the matchers never run a pattern on more than
  :data:`MAX_PATTERN_INPUT` characters.
* :func:`witnesses`: a few strings the pattern matches, built from its own literal text, so that
  the attack probe (``_probe.py``) can derive look-alikes of what the author meant.

Framework-free: nothing here imports Flask or keeps state.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

if sys.version_info >= (3, 11):
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
else:
    import sre_constants as sre
    import sre_parse

#: The longest input a pattern is ever asked to match: a serialised origin is at most a scheme
#: (``chrome-extension`` is 16 characters), ``://``, a 253-character host and ``:65535``.
MAX_PATTERN_INPUT = 280

#: Repetitions with a larger upper bound count as unbounded: on 280 characters they cost the same.
_LONG = 16

_ASCII = (1 << 128) - 1
_NON_ASCII = 1 << 128
_ALL = _ASCII | _NON_ASCII
_NEWLINE = 1 << 10
_VISIBLE = ((1 << 127) - 1) & ~((1 << 33) - 1)  # "!" to "~", what an Origin may hold


def _bits(chars: str) -> int:
    found = 0
    for char in chars:
        found |= 1 << ord(char) if ord(char) < 128 else _NON_ASCII
    return found


_DIGITS = _bits("0123456789")
_WORD = _bits("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") | _NON_ASCII
_SPACE = _bits(" \t\n\r\f\v")
_CATEGORIES = {
    sre.CATEGORY_DIGIT: _DIGITS,
    sre.CATEGORY_NOT_DIGIT: _ALL & ~_DIGITS,
    sre.CATEGORY_WORD: _WORD,
    sre.CATEGORY_NOT_WORD: _ALL & ~_WORD,
    sre.CATEGORY_SPACE: _SPACE,
    sre.CATEGORY_NOT_SPACE: _ALL & ~_SPACE,
}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT}
_POSSESSIVE = getattr(sre, "POSSESSIVE_REPEAT", None)  # Python 3.11+: never backtracks
_ATOMIC = getattr(sre, "ATOMIC_GROUP", None)


def parse(pattern: str, flags: int = 0) -> Any | None:
    """The parse tree of ``pattern``, or None when Python cannot parse it."""
    try:
        return sre_parse.parse(pattern, flags)
    except Exception:  # re.error, and the odd RecursionError on absurd nesting
        return None


def _fold(bits: int, ignore_case: bool) -> int:
    if not ignore_case:
        return bits
    upper, lower = bits & (((1 << 26) - 1) << 65), bits & (((1 << 26) - 1) << 97)
    return bits | (upper << 32) | (lower >> 32)


def _class_bits(items: list[tuple[Any, Any]]) -> int:
    found, negate = 0, False
    for op, av in items:
        if op is sre.NEGATE:
            negate = True
        elif op is sre.LITERAL:
            found |= 1 << av if av < 128 else _NON_ASCII
        elif op is sre.RANGE:
            low, high = av
            for code in range(low, min(high, 127) + 1):
                found |= 1 << code
            if high >= 128:
                found |= _NON_ASCII
        elif op is sre.CATEGORY:
            found |= _CATEGORIES.get(av, _ALL)
        else:
            found |= _ALL
    return _ALL & ~found if negate else found


@dataclass(frozen=True)
class _Shape:
    """What one node of the tree can consume: its characters, and whether it may repeat unboundedly."""

    chars: int
    first: int
    nullable: bool
    unbounded: bool


def _flat(node: Any, flags: int) -> list[tuple[Any, Any, int]]:
    """The nodes of a sequence with groups spliced in: ``(a+\\.)`` is ``a+`` then ``\\.``."""
    out = []
    for op, av in node:
        if op is sre.SUBPATTERN:
            out += _flat(av[3], (flags | av[1]) & ~av[2])
        else:
            out.append((op, av, flags))
    return out


def _items(node: Any, flags: int, risks: list[str]) -> list[_Shape]:
    return [_item(op, av, f, bool(f & sre.SRE_FLAG_IGNORECASE), risks) for op, av, f in _flat(node, flags)]


def _shape(node: Any, flags: int, risks: list[str]) -> _Shape:
    """The shape of a sequence of nodes; appends to ``risks`` what makes it catastrophic."""
    items = _items(node, flags, risks)
    _check_degree(items, risks)
    chars = first = 0
    nullable = True
    for item in items:
        chars |= item.chars
        if nullable:
            first |= item.first
        nullable = nullable and item.nullable
    return _Shape(chars, first, nullable, any(item.unbounded for item in items))


def _single(bits: int) -> _Shape:
    return _Shape(bits, bits, False, False)


def _item(op: Any, av: Any, flags: int, ignore_case: bool, risks: list[str]) -> _Shape:
    if op is sre.LITERAL:
        return _single(_fold(1 << av if av < 128 else _NON_ASCII, ignore_case))
    if op is sre.NOT_LITERAL:
        return _single(_ALL & ~_fold(1 << av if av < 128 else 0, ignore_case))
    if op is sre.ANY:
        return _single(_ALL if flags & sre.SRE_FLAG_DOTALL else _ALL & ~_NEWLINE)
    if op is sre.IN:
        return _single(_fold(_class_bits(av), ignore_case))
    if op is sre.SUBPATTERN:
        group_flags = (flags | av[1]) & ~av[2]
        return _shape(av[3], group_flags, risks)
    if op is sre.BRANCH:
        branches = [_shape(branch, flags, risks) for branch in av[1]]
        chars = first = 0
        for branch in branches:
            chars |= branch.chars
            first |= branch.first
        return _Shape(chars, first, any(b.nullable for b in branches), any(b.unbounded for b in branches))
    if op in _REPEATS:
        low, high, body = av
        inner = _shape(body, flags, risks)
        unbounded = high is sre.MAXREPEAT or high > _LONG
        if unbounded and _ambiguous_iterations(body, flags, inner):
            risks.append("exponential")
        return _Shape(inner.chars, inner.first, low == 0 or inner.nullable, unbounded or inner.unbounded)
    if op is _POSSESSIVE or op is _ATOMIC:
        inner = _shape(av[2] if op is _POSSESSIVE else av, flags, [])
        return _Shape(inner.chars, inner.first, inner.nullable, False)
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        _shape(av[1], flags, risks)
        return _Shape(0, 0, True, False)
    if op is sre.AT:
        return _Shape(0, 0, True, False)
    # Back-references and conditionals: what they match depends on the input, assume the worst.
    return _Shape(_ALL, _ALL, True, True)


def _ambiguous_iterations(body: Any, flags: int, whole: _Shape) -> bool:
    """Whether a string matched by repeating ``body`` can be split between iterations in many ways.

    True when an item of the body that repeats unboundedly can consume a character that may come
    right after it (later in the body or, at its end, at the start of the next iteration), when a
    nullable body repeats, or when two alternatives of a branch can start with the same character.
    """
    items = _items(body, flags, [])
    if whole.nullable:
        return True
    for index, item in enumerate(items):
        if not item.unbounded:
            continue
        follow = 0
        for after in items[index + 1 :]:
            follow |= after.first
            if not after.nullable:
                break
        else:
            follow |= whole.first
        if item.chars & follow:
            return True
    return _overlapping_branches(body, flags)


def _overlapping_branches(node: Any, flags: int) -> bool:
    for op, av in node:
        if op is sre.SUBPATTERN and _overlapping_branches(av[3], (flags | av[1]) & ~av[2]):
            return True
        if op is sre.BRANCH:
            seen = 0
            for branch in av[1]:
                start = _shape(branch, flags, []).first
                if start & seen:
                    return True
                seen |= start
    return False


#: A literal at least this long between two repetitions makes their splits rare enough: an input
#: must repeat it to make them meet, which divides the quadratic cost by its length.
_SEPARATOR = 3


def _check_degree(items: list[_Shape], risks: list[str]) -> None:
    """Polynomial backtracking: two unbounded items in a run that can consume the same characters.

    A run is ``.*.*``, ``\\w+\\w+`` or ``.*\\..*``: every way of splitting the text between
    the repetitions is tried before a match fails, which costs the square of the length or worse.
    It ends at a required character the run cannot consume. Two repetitions joined by a literal of
    :data:`_SEPARATOR` characters or more are accepted (the input must repeat the literal to make
    them meet), a third is not. A repetition that ends the pattern and matches every character
    never fails, so it never multiplies the cost.
    """
    run, separator, count = 0, 0, 0
    last = len(items) - 1
    while last >= 0 and items[last].nullable and not items[last].unbounded:
        last -= 1
    for index, item in enumerate(items):
        if item.unbounded:
            if index == last and item.chars & _VISIBLE == _VISIBLE:
                return
            if run and item.chars & run:
                # Next to the run, or a third repetition joined to it by literals: refuse.
                if separator < _SEPARATOR or count >= 2:
                    risks.append("polynomial")
                    return
                run, separator, count = run | item.chars, 0, count + 1
            elif run and item.nullable:
                run = run | item.chars  # optional: the run may go on past it, or start in it
            else:
                run, separator, count = item.chars, 0, 1
        elif not item.nullable:
            if not item.chars & run:
                run, separator, count = 0, 0, 0
            elif _is_literal(item.chars):
                separator += 1
            # A character class the run can consume is no separator: any input can repeat it.


def _is_literal(chars: int) -> bool:
    """Whether ``chars`` is one character (in either case)."""
    lower = chars & ~(((1 << 26) - 1) << 65)
    return lower != 0 and lower & (lower - 1) == 0


def backtracking_risk(pattern: str, flags: int = 0) -> str | None:
    """``"exponential"``, ``"polynomial"`` (degree 3 or more) or None for a pattern Python parses."""
    tree = parse(pattern, flags)
    if tree is None:
        return None
    risks: list[str] = []
    _shape(tree, tree.state.flags if hasattr(tree, "state") else flags, risks)
    if "exponential" in risks:
        return "exponential"
    return "polynomial" if risks else None


def source_tokens(pattern: str) -> Iterator[tuple[str, bool]]:
    """The pattern's source, token by token: an escape (``\\.``) or one character, with whether
    it is a syntax character (outside a character class and not escaped)."""
    index, in_class = 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            yield pattern[index : index + 2], False
            index += 2
            continue
        if in_class:
            in_class = char != "]"
            yield char, False
        else:
            in_class = char == "["
            yield char, True
        index += 1


class _Unwritable(Exception):
    """The pattern has a construct :func:`witnesses` does not write (back-references)."""


#: Characters a witness uses for a character class, most natural first.
_PREFERRED = "abcdefghijklmnopqrstuvwxyz0123456789-.:/_"


@dataclass(frozen=True)
class Witness:
    """A string the pattern was built to match, and what in it came from the pattern's literals.

    ``literal[i]`` is True where ``text[i]`` was written literally in the pattern; ``dots`` are
    the positions of single unescaped ``.`` written as a dot.
    """

    text: str
    literal: tuple[bool, ...]
    dots: tuple[int, ...]


def witnesses(pattern: str, flags: int = 0, limit: int = 4) -> list[Witness]:
    """Up to ``limit`` strings the pattern may match, one per choice of alternative.

    Literals are written as they are, a single unescaped ``.`` as a dot, a character class as its
    most natural member, and a repetition as few times as allowed (for each choice of
    alternative, once more with optional repetitions written once). The caller checks each
    witness against the compiled pattern.
    """
    tree = parse(pattern, flags)
    if tree is None:
        return []
    found: list[Witness] = []
    for fill, choice in [(False, c) for c in range(limit)] + [(True, c) for c in range(limit)]:
        out: list[tuple[str, bool, bool]] = []
        try:
            _write(tree, choice, out, in_repeat=False, fill=fill)
        except _Unwritable:
            return []
        text = "".join(char for char, _, _ in out)
        witness = Witness(
            text.lower(),
            tuple(literal for _, literal, _ in out),
            tuple(index for index, (_, _, dot) in enumerate(out) if dot),
        )
        if witness not in found:
            found.append(witness)
    return found


def _write(node: Any, choice: int, out: list[tuple[str, bool, bool]], *, in_repeat: bool, fill: bool) -> None:
    for op, av in node:
        if op is sre.LITERAL:
            out.append((chr(av), not in_repeat, False))
        elif op is sre.NOT_LITERAL:
            out.append(("a" if chr(av) != "a" else "b", False, False))
        elif op is sre.ANY:
            out.append(("a", False, False) if in_repeat else (".", True, True))
        elif op is sre.IN:
            bits = _class_bits(av)
            out.append((next((c for c in _PREFERRED if bits & (1 << ord(c))), "a"), False, False))
        elif op is sre.SUBPATTERN:
            _write(av[3], choice, out, in_repeat=in_repeat, fill=fill)
        elif op is sre.BRANCH:
            branches = av[1]
            _write(branches[choice % len(branches)], choice, out, in_repeat=in_repeat, fill=fill)
        elif op in _REPEATS or op is _POSSESSIVE:
            low, _, body = av
            for _ in range(max(low, 1 if fill else 0)):
                _write(body, choice, out, in_repeat=True, fill=fill)
        elif op is _ATOMIC:
            _write(av, choice, out, in_repeat=in_repeat, fill=fill)
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue
        else:
            raise _Unwritable(op)
