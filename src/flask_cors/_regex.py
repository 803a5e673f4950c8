"""Regular expressions users give us: what they were meant to match.

This module reads a pattern's parse tree once, at start-up, and answers :func:`witnesses`: a few
strings the pattern matches, built from its own literal text, so that the attack probe
(``_probe.py``) can derive look-alikes of what the author meant. What a pattern costs to match is
:mod:`flask_cors._bounded`'s question.

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

_ASCII = (1 << 128) - 1
_NON_ASCII = 1 << 128
_ALL = _ASCII | _NON_ASCII


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
