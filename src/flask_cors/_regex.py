"""Regular expressions users give us: what they were meant to match.

This module reads a pattern's parse tree once, at start-up, and answers :func:`witnesses`: a few
strings the pattern matches, built from its own literal text, so that the attack probe
(``_probe.py``) can derive look-alikes of what the author meant. What a pattern costs to match is
:mod:`flask_cors._bounded`'s question.

Framework-free: nothing here imports Flask or keeps state.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

if sys.version_info >= (3, 11):
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
else:
    import sre_constants as sre
    import sre_parse

# --- Character sets -----------------------------------------------------------------------------
# What one single-character node of a parse tree matches, as an int over 129 bits: one bit per ASCII
# character and one, OTHER, for every character outside ASCII. The one place these are computed:
# _bounded (the cost proof), _sites (the sites a pattern names) and witnesses() below read them.

OTHER = 1 << 128
ASCII = (1 << 128) - 1
ALL = ASCII | OTHER
NEWLINE = 1 << 10


def bits(chars: Iterable[str]) -> int:
    """The set holding ``chars`` (any character outside ASCII as :data:`OTHER`)."""
    found = 0
    for char in chars:
        code = ord(char)
        found |= 1 << code if code < 128 else OTHER
    return found


UPPER = bits("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
LOWER = bits("abcdefghijklmnopqrstuvwxyz")
_LETTERS = UPPER | LOWER


@lru_cache(maxsize=16)
def category(code: Any) -> int:
    """The set of a class escape (``\\d``, ``\\W`` ...), as ``re`` matches it on str patterns."""
    source = {
        sre.CATEGORY_DIGIT: r"\d",
        sre.CATEGORY_NOT_DIGIT: r"\D",
        sre.CATEGORY_SPACE: r"\s",
        sre.CATEGORY_NOT_SPACE: r"\S",
        sre.CATEGORY_WORD: r"\w",
        sre.CATEGORY_NOT_WORD: r"\W",
    }.get(code)
    if source is None:
        return ALL
    compiled = re.compile(source)
    return bits(chr(c) for c in range(128) if compiled.fullmatch(chr(c))) | OTHER


def _fold(found: int) -> int:
    """``found`` under IGNORECASE. Some characters outside ASCII fold to ASCII letters (the Kelvin
    sign to ``k``, the long s to ``s``): any class holding a letter also holds the other symbol."""
    upper, lower = found & UPPER, found & LOWER
    folded = found | (upper << 32) | (lower >> 32)
    return folded | OTHER if folded & _LETTERS else folded


@lru_cache(maxsize=256)
def _folds_to_ascii(code: int) -> int:
    """The ASCII characters a non-ASCII literal matches under IGNORECASE."""
    compiled = re.compile(re.escape(chr(code)), re.IGNORECASE)
    return bits(chr(c) for c in range(128) if compiled.fullmatch(chr(c)))


def _literal(code: int, ignore_case: bool) -> int:
    if code < 128:
        return _fold(1 << code) if ignore_case else 1 << code
    return OTHER | (_folds_to_ascii(code) if ignore_case else 0)


def _class(items: tuple[Any, ...], ignore_case: bool) -> int:
    found, negate = 0, False
    for op, av in items:
        if op is sre.NEGATE:
            negate = True
        elif op is sre.LITERAL:
            found |= _literal(av, ignore_case)
        elif op is sre.RANGE:
            low, high = av
            if low < 128:
                found |= ((1 << (min(high, 127) + 1)) - 1) & ~((1 << low) - 1)
            if high >= 128:
                # A range past ASCII may hold characters that fold into ASCII letters.
                found |= OTHER | (_LETTERS if ignore_case else 0)
        elif op is sre.CATEGORY:
            found |= category(av)
        else:
            found |= ALL
    if ignore_case:
        found = _fold(found)
    # A negated class holds the other symbol unless it held every character outside ASCII.
    return (ALL & ~found) | OTHER if negate else found


def charset(op: Any, av: Any, flags: int) -> int:
    """The characters one single-character node (LITERAL, NOT_LITERAL, ANY, IN) matches under
    ``flags`` (over-approximated outside ASCII)."""
    ignore_case = bool(flags & sre.SRE_FLAG_IGNORECASE)
    if op is sre.LITERAL:
        return _literal(av, ignore_case)
    if op is sre.NOT_LITERAL:
        return (ALL & ~_literal(av, ignore_case)) | OTHER
    if op is sre.ANY:
        return ALL if flags & sre.SRE_FLAG_DOTALL else ALL & ~NEWLINE
    return _class(tuple(av), ignore_case)


_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT}
_POSSESSIVE = getattr(sre, "POSSESSIVE_REPEAT", None)  # Python 3.11+: never backtracks
_ATOMIC = getattr(sre, "ATOMIC_GROUP", None)


def parse(pattern: str, flags: int = 0) -> Any | None:
    """The parse tree of ``pattern``, or None when Python cannot parse it."""
    try:
        return sre_parse.parse(pattern, flags)
    except Exception:  # re.error, and the odd RecursionError on absurd nesting
        return None


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
            chars = charset(op, av, 0)
            out.append((next((c for c in _PREFERRED if chars & (1 << ord(c))), "a"), False, False))
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
