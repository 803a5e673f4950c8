"""Sites: the websites an origin pattern names, and the site of a request's origin.

A *site* is a scheme plus a registrable domain (``https://example.com`` for
``https://app.example.com:8443``), as browsers use the word: the Public Suffix List (private section
included, the copy ``publicsuffixlist`` ships; nothing is fetched) says where the registrable
domain starts, so ``myapp.vercel.app`` and ``evil.vercel.app`` are two sites, owned by whoever
registered each. An IP address is a site of its own. ``localhost``, every name under it and the
loopback addresses are one site, ``localhost``: they are all this machine, which nobody else can
register.

At start-up, :func:`analyse` reads an origin pattern's parse tree (``sre_parse``, the parser
Python's ``re`` itself uses) and writes down, for every alternative of it, the site its literal
text names: ``https://([a-z0-9-]+\\.)*example\\.com`` names ``https://example.com``;
``https://(app|admin)\\.example\\.(com|net)`` names ``https://example.com`` and
``https://example.net``. An alternative whose variable part reaches into the registrable domain
itself (``https://myapp-.*\\.vercel\\.app``, ``https://*.co.uk``, ``https://.*``) names none: every
match is a site of its own. At request time, with credentials, an origin a pattern matches is
allowed only when :func:`site_of` the origin is one the pattern names (``_origins.OriginMatcher``).

Framework-free: nothing here imports Flask. The list is loaded once, on first use (about 70 ms), and
only when a pattern is configured: exact origins never need it.
"""

from __future__ import annotations

import ipaddress
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Union

if sys.version_info >= (3, 11):
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
else:
    import sre_constants as sre
    import sre_parse

from ._regex import ALL as _ALL
from ._regex import ASCII, LOWER, OTHER, UPPER, bits, charset

if TYPE_CHECKING:
    from publicsuffixlist import PublicSuffixList

#: The scheme of a site named by a pattern that does not spell its scheme out (``.*example\.com``).
ANY_SCHEME = "*"

#: Alternatives written out per sequence of a pattern; past this, a part of the pattern is read as
#: "any of its characters", which can only make the pattern name fewer sites (never more).
MAX_ALTERNATIVES = 256


@lru_cache(maxsize=1)
def suffixes() -> PublicSuffixList:
    """The Public Suffix List, loaded on first use."""
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList()


_LOCALHOST = re.compile(r"(?:[a-z0-9_-]+\.)*localhost")


def is_loopback_host(host: str) -> bool:
    """Whether browsers treat ``host`` as potentially trustworthy over plain http (W3C Secure Contexts).

    ``localhost``, a name under it (``api.localhost``), ``127.0.0.0/8`` and ``::1``, as Chromium
    counts them. ``host`` has no port; an IPv6 address may keep its brackets; case and a trailing
    dot do not matter. The one place this rule lives: origins, sites and cookies
    (:func:`flask_cors._cookies.is_secure_url`) all ask it.
    """
    host = host.lower().rstrip(".")
    if _LOCALHOST.fullmatch(host):
        return True
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback if address.version == 4 else address == ipaddress.IPv6Address("::1")


# A host as a browser may send it: WHATWG URL's forbidden host code points excluded (and "%", which
# a domain never keeps), or an IPv6 literal in brackets.
_HOST = r"[^\s/?#@:\[\]\\^|<>%]+|\[[0-9a-fA-F:.]+\]"
_ORIGIN_SHAPE = re.compile(rf"(?:(?P<scheme>[a-z][a-z0-9+.\-]*)://)?(?P<host>{_HOST})(?::[0-9]{{1,5}})?", re.I)
_IPV4ISH = re.compile(r"[0-9.]+")


def _ip(host: str) -> str | None:
    """``host`` as a site when it is an IP address (``localhost`` for a loopback one), else None."""
    bare = host[1:-1] if host.startswith("[") and host.endswith("]") else host
    try:
        address = ipaddress.ip_address(bare)
    except ValueError:
        return None
    if is_loopback_host(host):
        return "localhost"
    return f"[{address}]" if address.version == 6 else str(address)


@lru_cache(maxsize=4096)
def registrable_domain(host: str) -> str | None:
    """The domain part of ``host``'s site: its registrable domain, or the host itself.

    An IP address, and a host that is itself a public suffix (``github.io``), stand for
    themselves; localhost names and loopback addresses are ``localhost``. None for text that is not
    a host (an empty label, a character a host never holds).
    """
    host = host.lower()
    if host.endswith("."):
        host = host[:-1]
    if not host or not re.fullmatch(_HOST, host) or (not host.startswith("[") and "" in host.split(".")):
        return None
    address = _ip(host)
    if address is not None:
        return address
    if host.startswith("[") or host.rsplit(".", 1)[-1].isdigit():
        return None  # WHATWG URL: a host ending in a number is an IPv4 address or no host at all
    if _LOCALHOST.fullmatch(host):
        return "localhost"
    found: str | None = suffixes().privatesuffix(host)
    return found or host


def origin_host(origin: str) -> str | None:
    """The host of a client-sent Origin (``[::1]`` keeps its brackets), or None when it has none."""
    shape = _ORIGIN_SHAPE.fullmatch(origin)
    return shape["host"] if shape is not None else None


def site_of(origin: str) -> str | None:
    """The site of a client-sent Origin: ``scheme://registrable-domain``, or None when it has no host.

    A value without a scheme (``www.example.com``, never sent by a browser but compared as
    flask-cors compares it) gets the empty scheme: ``://example.com``, which only a pattern that
    does not spell its scheme out can name.
    """
    shape = _ORIGIN_SHAPE.fullmatch(origin)
    if shape is None:
        return None
    domain = registrable_domain(shape["host"])
    if domain is None:
        return None
    return f"{(shape['scheme'] or '').lower()}://{domain}"


def is_named(site: str, named: frozenset[str]) -> bool:
    """Whether ``site`` (from :func:`site_of`) is one of ``named``, a pattern's sites."""
    return site in named or ANY_SCHEME + site[site.index("://") :] in named


def can_be_registered(host: str) -> bool:
    """Whether somebody could own ``host``: a domain under a public suffix the list knows, or an IP address.

    ``blahxcom`` (an unknown top-level domain), ``evil.test`` (a reserved one) and localhost names
    cannot be registered by anyone.
    """
    host = host.lower().rstrip(".")
    if registrable_domain(host) is None or is_loopback_host(host):
        return False
    if _ip(host) is not None:
        return True
    return suffixes().privatesuffix(host, accept_unknown=False) is not None


#: Longer top-level domains tried first when a pattern lets letters follow its own (``.community``
#: after ``.com``), so that findings read naturally.
_FAMILIAR_TLDS = ("community", "company", "network", "info", "online", "org", "net", "com", "app", "dev", "io")


@lru_cache(maxsize=64)
def longer_tld(label: str) -> str | None:
    """A top-level domain the list knows that starts with ``label`` and is longer (``community`` for ``com``)."""
    rules: frozenset[str] = getattr(suffixes(), "_publicsuffix", frozenset())
    familiar = [tld for tld in _FAMILIAR_TLDS if tld.startswith(label) and tld != label and tld in rules]
    if familiar:
        return familiar[0]
    others = [t for t in rules if t.startswith(label) and t != label and t.isascii() and t.isalpha()]
    return min(others, key=lambda t: (len(t), t)) if others else None


# --- Reading a pattern ------------------------------------------------------------------------------

_NON_ASCII = OTHER
_UPPER, _LOWER = UPPER, LOWER
_DIGITS = bits("0123456789")
#: Characters that can make a DNS label longer.
LABEL_CHARACTERS = _LOWER | _UPPER | _DIGITS | bits("-_")
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}
_ATOMIC = getattr(sre, "ATOMIC_GROUP", None)


@dataclass(frozen=True)
class Var:
    """A variable part of one alternative: ``low`` to ``high`` (None: unbounded) characters of ``chars``.

    ``dot`` marks a single unescaped ``.`` as written: the analysis reads it as the dot its author
    meant, and the attack probe tries it as any character.
    """

    chars: int
    low: int
    high: int | None
    dot: bool = False

    def can(self, text: str) -> bool:
        """Whether every character of ``text`` is one this part may write."""
        return not bits(text) & ~self.chars


Token = Union[str, Var]
Path = tuple[Token, ...]


def is_literal(token: Token) -> bool:
    """Whether ``token`` reads as written: a literal character, or a single unescaped dot."""
    return isinstance(token, str) or token.dot


def _text(token: Token) -> str:
    return token if isinstance(token, str) else "."


def _chars(paths: Iterable[Path]) -> int:
    found = 0
    for path in paths:
        for token in path:
            found |= bits(token) if isinstance(token, str) else token.chars
    return found


def _join(left: Path, right: Path) -> Path:
    """``left`` then ``right``, two adjacent variable parts merged into one."""
    if left and right:
        last, first = left[-1], right[0]
        if isinstance(last, Var) and isinstance(first, Var) and not last.dot and not first.dot:
            high = None if last.high is None or first.high is None else last.high + first.high
            return (*left[:-1], Var(last.chars | first.chars, last.low + first.low, high), *right[1:])
    return left + right


def _abstract(paths: list[Path]) -> list[Path]:
    """``paths`` read as "any of their characters": one alternative (two when it can be empty)."""
    nonempty = [path for path in paths if path]
    if not nonempty:
        return [()]
    merged: list[Path] = [(Var(_chars(nonempty), 1, None),)]
    return merged + [()] if len(nonempty) < len(paths) else merged


def _shape(path: Path) -> tuple[object, ...]:
    return tuple(token if token.__class__ is str else token.dot for token in path)  # type: ignore[union-attr]


def _merge(paths: Iterable[Path]) -> list[Path]:
    """``paths`` without repeats; alternatives that differ only in what their variable parts write are
    merged into one whose parts write either (``[a-z]`` and ``[a-z-]{0,61}`` are read alike)."""
    paths = list(dict.fromkeys(paths))
    if len(paths) < 2:
        return paths
    merged: dict[tuple[object, ...], Path] = {}
    for path in paths:
        key = _shape(path)
        seen = merged.get(key)
        if seen is None:
            merged[key] = path
        elif seen != path:
            merged[key] = tuple(
                a
                if isinstance(a, str)
                else Var(
                    a.chars | b.chars,  # type: ignore[union-attr]
                    min(a.low, b.low),  # type: ignore[union-attr]
                    None if a.high is None or b.high is None else max(a.high, b.high),  # type: ignore[union-attr]
                    a.dot,
                )
                for a, b in zip(seen, path)
            )
    return list(merged.values())


def _product(left: list[Path], right: list[Path]) -> list[Path]:
    if len(left) * len(right) > MAX_ALTERNATIVES:
        right = _abstract(right)
    if len(left) * len(right) > MAX_ALTERNATIVES:
        left = _abstract(left)
    return _merge(_join(a, b) for a in left for b in right)


def _union(groups: Iterable[list[Path]]) -> list[Path]:
    found = _merge(path for group in groups for path in group)
    return found if len(found) <= MAX_ALTERNATIVES else _abstract(found)


def _expand(node: Any, flags: int) -> list[Path]:
    """Every alternative of a sequence of nodes, each a tuple of literal characters and :class:`Var`."""
    paths: list[Path] = [()]
    for op, av in node:
        paths = _product(paths, _expand_item(op, av, flags))
    return paths


def _expand_item(op: Any, av: Any, flags: int) -> list[Path]:
    ignore_case = bool(flags & sre.SRE_FLAG_IGNORECASE)
    if op is sre.LITERAL:
        char = chr(av)
        return [(char.lower() if ignore_case else char,)]
    if op is sre.NOT_LITERAL:
        return [(Var(charset(op, av, flags), 1, 1),)]
    if op is sre.ANY:
        return [(Var(charset(op, av, flags), 1, 1, dot=True),)]
    if op is sre.IN:
        chars = charset(op, av, flags)
        # One ASCII character, in either case (case folding also admits OTHER: the Kelvin sign and
        # the like, which no origin holds).
        lower = chars & ASCII & ~_UPPER if ignore_case else chars
        if lower and not lower & (lower - 1) and lower != _NON_ASCII:
            return [(chr(lower.bit_length() - 1),)]
        return [(Var(chars, 1, 1),)]
    if op is sre.SUBPATTERN:
        return _expand(av[-1], (flags | av[1]) & ~av[2])
    if op is sre.BRANCH:
        return _union(_expand(branch, flags) for branch in av[1])
    if op in _REPEATS:
        return _repeat(av, flags)
    if op is _ATOMIC:
        return _expand(av, flags)
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return [()]  # anchors and lookarounds write nothing (and a lookaround only narrows)
    if op is sre.GROUPREF_EXISTS:
        _, yes, no = av
        return _union([_expand(yes, flags), _expand(no, flags) if no is not None else [()]])
    # Back-references: whatever the group matched, so any characters.
    return [(), (Var(_ALL, 1, None),)]


def _repeat(av: Any, flags: int) -> list[Path]:
    low, high, body = av
    high = None if high is sre.MAXREPEAT else high
    if high == 0:
        return [()]
    inner = _expand(body, flags)
    if len(inner) == 1 and len(inner[0]) == 1:
        (atom,) = inner[0]
        if isinstance(atom, str) and high is not None and high - low <= 2 and high <= 8:
            return [(atom,) * count for count in range(low, high + 1)]
        chars = bits(atom) if isinstance(atom, str) else atom.chars
        most = None if high is None or (isinstance(atom, Var) and atom.high is None) else high
        once: list[Path] = [(Var(chars, max(low, 1), most),)]
        return [(), *once] if low == 0 else once
    # A repetition of a group: its first iterations as they are written, the middle ones as "any of
    # its characters", and the last one as written again: ``([a-z0-9-]+\.)*`` ends with a dot.
    middle: list[Path] = [(Var(_chars(inner), 1, None),)]
    if low <= 2:
        required: list[Path] = [()]
        for _ in range(low):
            required = _product(required, inner)
    else:
        required = _product(_product(inner, middle), inner)
    if high is not None and high == low:
        return required
    extra = [(), *inner]
    if high is None or high - low >= 2:
        extra += _product(middle, inner)
    return _product(required, _union([extra]))


def _parse(pattern: str, flags: int) -> Any | None:
    try:
        return sre_parse.parse(pattern, flags)
    except Exception:  # re.error, or a RecursionError on absurd nesting: the pattern was refused before
        return None


# --- One alternative, read as an origin ---------------------------------------------------------------

_SCHEME = re.compile(r"[a-z][a-z0-9+.\-]*")


@dataclass(frozen=True)
class Alternative:
    """One alternative of a pattern, read as ``scheme://host[:port]``.

    ``tokens[host_start:host_end]`` is the host; ``scheme_var`` is the index of the variable part
    that writes the scheme and ``://`` in a pattern that does not spell them out (it may write the
    start of the host too). ``run`` is the span of the literal text at the end of the host, and
    ``candidate`` the part of it that starts at a label boundary (``example.com`` in
    ``.*example\\.com``). ``domain`` is the registrable domain the alternative names, or None when
    its variable part reaches into the registrable domain itself.
    """

    tokens: Path
    scheme: str
    host_start: int
    host_end: int
    scheme_var: int | None
    run: tuple[int, int] | None
    candidate: str
    domain: str | None
    any_host: bool
    ports: bool

    @property
    def site(self) -> str | None:
        return None if self.domain is None else f"{self.scheme}://{self.domain}"

    @property
    def variables(self) -> tuple[int, ...]:
        """Indices of the variable parts, single unescaped dots included, from the scheme on."""
        first = self.scheme_var if self.scheme_var is not None else self.host_start
        return tuple(i for i in range(first, len(self.tokens)) if isinstance(self.tokens[i], Var))


def _read(path: Path) -> Alternative | None:
    """``path`` read as an origin; None when it cannot match one (no ``://``, a path after the host)."""
    scheme_var = None
    separator = next(
        (i for i in range(len(path) - 2) if path[i : i + 3] == (":", "/", "/")),
        None,
    )
    if separator is not None:
        prefix = "".join(t for t in path[:separator] if isinstance(t, str))
        written = len(prefix) == separator and _SCHEME.fullmatch(prefix.lower())
        scheme = prefix.lower() if written else ANY_SCHEME
        host_start = separator + 3
    else:
        scheme_var = next(
            (i for i, t in enumerate(path) if isinstance(t, Var) and not t.dot and t.can(":") and t.can("/")), None
        )
        # The scheme comes first: a variable part after written text other than the start of a web
        # scheme (".*" at the end of "app\.example\.com.*") would make that text a scheme nobody uses.
        before = "".join(t for t in path[:scheme_var] if isinstance(t, str)) if scheme_var is not None else ""
        if (
            scheme_var is None
            or len(before) != scheme_var
            or not ("https".startswith(before) or "wss".startswith(before))
        ):
            return None
        scheme, host_start = ANY_SCHEME, scheme_var
    host_end = len(path)
    first = host_start + 1 if scheme_var is not None else host_start
    if first < len(path) and path[first] == "[":
        host_end = next((i + 1 for i in range(first, len(path)) if path[i] == "]"), len(path))
    else:
        host_end = next((i for i in range(first, len(path)) if path[i] == ":"), len(path))
    port = path[host_end:]
    if port and (port[0] != ":" or not all(_may_be_digits(t) for t in port[1:])):
        return None
    host = path[host_start:host_end]
    if not host:
        return None
    offset = 1 if scheme_var is not None else 0
    any_host = not any(isinstance(t, str) and bits(t) & LABEL_CHARACTERS for t in host[offset:])
    run, candidate, domain = _name(host, scheme_var is not None)
    if run is not None:
        run = (run[0] + host_start, run[1] + host_start)
    return Alternative(
        tokens=path,
        scheme=scheme,
        host_start=host_start,
        host_end=host_end,
        scheme_var=scheme_var,
        run=run,
        candidate=candidate,
        domain=domain,
        any_host=any_host,
        ports=_can_end_with_port(path[host_start:]),
    )


def _may_be_digits(token: Token) -> bool:
    return token.isdigit() if isinstance(token, str) else bool(token.chars & _DIGITS)


def _can_end_with_port(tokens: Path) -> bool:
    """Whether ``tokens`` can end with ``:`` and digits, a port."""
    digits = False
    for token in reversed(tokens):
        if isinstance(token, str):
            if token.isdigit() and token.isascii():
                digits = True
                continue
            return token == ":" and digits
        if token.can(":") and (digits or token.chars & _DIGITS):
            return True
        if not token.chars & _DIGITS:
            return False
        digits = True
    return False


def _name(host: Path, scheme_first: bool) -> tuple[tuple[int, int] | None, str, str | None]:
    """The literal run at the end of ``host``, the text of it at a label boundary, and the domain named."""
    if _loopback_only(host, scheme_first):
        return None, "", "localhost"
    end = len(host)
    if end and isinstance(host[-1], Var) and not host[-1].dot:
        if not host[-1].can(":"):
            return None, "", None  # the host always ends in variable text: its last label is not written
        end -= 1  # it may write the port: the host can end where the literal text does
    start = end
    while start > 0 and is_literal(host[start - 1]):
        start -= 1
    if start == end:
        return None, "", None
    text = "".join(_text(t) for t in host[start:end])
    if text.endswith("."):
        text = text[:-1]  # a fully qualified name: example.com.
    before = host[start - 1] if start > 0 else None
    at_host_start = before is None and not scheme_first
    if isinstance(before, Var):
        is_scheme = scheme_first and start - 1 == 0
        aligned = before.can(".") or (is_scheme and before.can("/"))
    else:
        aligned = at_host_start
    if text.startswith(".") or not aligned:
        text = text.split(".", 1)[1] if "." in text else ""
    if not text or registrable_domain(text) is None:
        return (start, end), text, None
    whole = at_host_start and text == "".join(_text(t) for t in host[start:end]).rstrip(".")
    if whole:
        return (start, end), text, registrable_domain(text)
    if _LOCALHOST.fullmatch(text):
        return (start, end), text, "localhost"
    if _IPV4ISH.fullmatch(text):
        # A host ending in a number is an IPv4 address or no host: the address written is the only one.
        return (start, end), text, registrable_domain(text)
    if text.startswith("["):
        return (start, end), text, None  # part of an IPv6 address: the rest of it is variable
    return (start, end), text, suffixes().privatesuffix(text)


def _loopback_only(host: Path, scheme_first: bool) -> bool:
    """Whether every host ``host`` writes is a loopback address: ``127.`` then only digits and dots."""
    if scheme_first or len(host) < 4 or not all(is_literal(t) for t in host[:4]):
        return False
    if "".join(_text(t) for t in host[:4]) != "127.":
        return False
    allowed = _DIGITS | bits(".")
    for token in host[4:]:
        chars = bits(_text(token)) if is_literal(token) else token.chars  # type: ignore[union-attr]
        if chars & ~allowed:
            return False
    return True


@dataclass(frozen=True)
class Analysis:
    """What a pattern names: its alternatives read as origins, their sites, and whether it names a port."""

    alternatives: tuple[Alternative, ...]
    sites: frozenset[str]
    names_port: bool


@lru_cache(maxsize=1024)
def analyse(pattern: str, flags: int) -> Analysis:
    """The sites ``pattern`` (matched whole, with ``flags``) names literally, alternative by alternative.

    Every alternative is written out (up to :data:`MAX_ALTERNATIVES` per sequence; past that a part
    is read as "any of its characters", which names fewer sites, never more). A pattern Python
    cannot parse names nothing.
    """
    tree = _parse(pattern, flags)
    if tree is None:
        return Analysis((), frozenset(), False)
    state = getattr(tree, "state", None)
    alternatives = tuple(
        alternative
        for alternative in (_read(path) for path in _expand(tree, state.flags if state is not None else flags))
        if alternative is not None
    )
    sites = frozenset(a.site for a in alternatives if a.site is not None)
    return Analysis(alternatives, sites, any(a.ports for a in alternatives))
