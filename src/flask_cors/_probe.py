"""The attack probe: origins an attacker would try against each origin pattern, tried at start-up.

Misconfiguration scanners for CORS send a handful of classes of origins and watch which ones are
reflected. We do the same before the first request, against the compiled matcher itself, with
origins derived from each pattern's own literal text (see :func:`attacker_origins`):

========================  ====================================================  ==================
class                     example, for ``https://.*example\\.com``               a finding when
========================  ====================================================  ==================
``unrelated``             ``https://evil.test``                                 credentials (W001)
``lookalike``             ``https://evilexample.com``                           always
``unescaped-dot``         ``http://wwwxexample.com`` for ``www.example.com``    always
``suffix``                ``https://app.example.com.evil.test``                 always
``special-character``     ``https://app.example.com_.evil.test`` (also `` ` ``,   always
                          ``!``, ``~``, ``%60`` …: Safari sends some of these)
``userinfo``              ``https://app.example.com@evil.test``                 always
``other-scheme``          ``http://app.example.com`` for an ``https`` pattern   credentials (W008)
``null``                  ``null``                                              never: the matcher
                                                                                only allows it when
                                                                                listed by name
========================  ====================================================  ==================

A different site getting in is ``cors.E013`` (an error) when the policy supports credentials and
``cors.W005`` otherwise. Ports are not probed: a pattern that names no port allows every port of
its hosts on purpose. Each finding names the attacker origin and, when one can be verified, a
corrected pattern (which passes the same probe and still allows what the original was meant for).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ._errors import Problem
from ._origins import OriginMatcher, OriginRule, classify_origin, compile_origins, is_loopback
from ._regex import Witness, source_tokens, witnesses

#: Classes where another site gets in.
OTHER_SITE = ("lookalike", "unescaped-dot", "suffix", "special-character", "userinfo")
#: Characters after the host that some browsers send in a host, or that a sloppy pattern admits.
SPECIAL_CHARACTERS = ("_", "-", "`", "!", "~", "$", "&", "'", "(", ")", "*", "+", ";", "=", "{", "}", "|", "%60")
EVIL = "evil.test"
_ORIGIN = re.compile(r"(?P<scheme>[a-z][a-z0-9+.\-]*)://(?P<host>[^/:@]+|\[[0-9a-f:.]+\])(?::[0-9]+)?")
_OTHER_SCHEME = {"http": "https", "https": "http", "ws": "wss", "wss": "ws"}


class Attempt(NamedTuple):
    kind: str
    origin: str


class Target(NamedTuple):
    """What a pattern was meant for: a witness origin, its scheme, host, and registrable domain."""

    origin: str
    scheme: str
    host: str
    domain: str
    witness: Witness | None


def _pattern_of(rule: OriginRule) -> tuple[str, int]:
    if isinstance(rule.source, re.Pattern):
        return rule.source.pattern, rule.source.flags
    return rule.text, re.IGNORECASE


def targets(rule: OriginRule, matcher: OriginMatcher) -> list[Target]:
    """The origins a pattern rule was written for, each one it really admits.

    Precondition: ``matcher`` is ``compile_origins((rule,))``.
    """
    found = []
    for witness in witnesses(*_pattern_of(rule)):
        shape = _ORIGIN.fullmatch(witness.text)
        if shape is None or not matcher.allows(witness.text, credentials=False):
            continue
        host = shape["host"]
        if "" in host.split("."):  # ".example.com": not a host a browser could be on
            continue
        start = shape.start("host")
        literal = witness.literal[start : start + len(host)]
        # The registrable domain, read off the literal end of the host ("example.com" in
        # ".*example\.com"); with no list of public suffixes, two labels, or three under a
        # two-letter country code with a short second level ("example.co.uk").
        tail = len(host)
        while tail > 0 and literal[tail - 1]:
            tail -= 1
        labels = host[tail:].lstrip(".").split(".")
        keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and len(labels[-2]) <= 3 else 2
        domain = ".".join(labels[-keep:]) if labels[-1] else host
        origin = f"{shape['scheme']}://{host}"
        found.append(Target(origin, shape["scheme"], host, domain, witness))
    return found


def attacker_origins(target: Target) -> list[Attempt]:
    """The origins a scanner would try against a pattern written for ``target``."""
    scheme, host = target.scheme, target.host
    attempts = [
        Attempt("unrelated", f"{scheme}://{EVIL}"),
        Attempt("lookalike", f"{scheme}://evil{target.domain}"),
        Attempt("lookalike", f"{scheme}://evil-{target.domain}"),
    ]
    # Another registrable domain under the same suffix ("evil.com" for "example.com"); not under
    # localhost, whose every name is this machine.
    suffix = target.domain.split(".", 1)[-1]
    if suffix != "localhost" and not target.domain.endswith(".localhost"):
        attempts.append(Attempt("lookalike", f"{scheme}://evil.{suffix}"))
    attempts += [
        Attempt("suffix", f"{target.origin}.{EVIL}"),
        Attempt("userinfo", f"{target.origin}@{EVIL}"),
        Attempt("null", "null"),
    ]
    attempts += [Attempt("special-character", f"{target.origin}{char}.{EVIL}") for char in SPECIAL_CHARACTERS]
    if target.witness is not None:
        text = target.witness.text
        attempts += [Attempt("unescaped-dot", f"{text[:dot]}x{text[dot + 1 :]}") for dot in target.witness.dots]
    if scheme in _OTHER_SCHEME:
        attempts.append(Attempt("other-scheme", f"{_OTHER_SCHEME[scheme]}://{host}"))
    return attempts


def probe(rule: OriginRule, option: str, credentials: bool, *, suggest: bool = True) -> list[Problem]:
    """Run the attack probe on one pattern rule; one problem per class that gets in.

    ``suggest=False`` skips looking for a corrected pattern (used to verify a suggestion).
    """
    if rule.kind not in ("pattern", "wildcard"):
        return []
    return _probe(rule, compile_origins((rule,)), option, credentials, suggest)


def _probe(rule: OriginRule, matcher: OriginMatcher, option: str, credentials: bool, suggest: bool) -> list[Problem]:
    """:func:`probe`, with the rule's matcher compiled once by the caller."""
    problems: list[Problem] = []
    found: dict[str, Attempt] = {}  # the first attacker origin admitted, per class
    first: Target | None = None  # the target of the first other-site finding: the fix starts there
    for target in targets(rule, matcher):
        for attempt in attacker_origins(target):
            if attempt.kind in found or attempt.kind == "null":
                continue
            if attempt.kind == "other-scheme" and (
                not attempt.origin.startswith(("http:", "ws:")) or is_loopback(attempt.origin)
            ):
                continue  # only an insecure scheme next to the intended secure one is a risk
            if matcher.allows(attempt.origin, credentials=credentials):
                found[attempt.kind] = attempt
                if first is None and attempt.kind in OTHER_SITE:
                    first = target
    if "unrelated" in found:
        # Any site of this scheme gets in: that is "any origin", which W001 reports with credentials.
        return [_any_site(rule, option, found["unrelated"].origin)] if credentials else []
    if first is not None:
        other_sites = [found[kind] for kind in OTHER_SITE if kind in found]
        problems.append(_other_site(rule, matcher, option, other_sites, first, credentials, suggest))
    if credentials and "other-scheme" in found:
        problems.append(_other_scheme(rule, option, found["other-scheme"].origin))
    return problems


def _display(rule: OriginRule) -> object:
    return rule.source


def _any_site(rule: OriginRule, option: str, origin: str) -> Problem:
    return Problem(
        "cors.W001",
        option,
        _display(rule),
        f"this pattern admits any site (e.g. {origin!r}), and credentials are allowed: every such "
        "website may make requests with your users' cookies and read the answers.",
        "list the origins that need credentials: origins=['https://app.example.com'].",
    )


def _other_scheme(rule: OriginRule, option: str, origin: str) -> Problem:
    scheme, rest = origin.split("://", 1)
    return Problem(
        "cors.W008",
        option,
        _display(rule),
        f"with credentials, this pattern also admits {origin!r}: a page served over plain http can be "
        "altered by anyone on the network path, who then reads your users' data.",
        f"allow only the secure scheme, e.g. {python_literal(_escape_origin(_OTHER_SCHEME[scheme] + '://' + rest))}.",
    )


_WHY = {
    "lookalike": "a domain that merely ends with the same text; anyone can register it",
    "unescaped-dot": "an unescaped '.' matches any character",
    "suffix": "the pattern lets anything follow the intended host",
    "special-character": "the pattern lets characters such as '_' or '`' follow the host, and some browsers send them",
    "userinfo": "the pattern lets '@' and another host follow",
}


def _other_site(
    rule: OriginRule,
    matcher: OriginMatcher,
    option: str,
    attempts: list[Attempt],
    target: Target,
    credentials: bool,
    suggest: bool,
) -> Problem:
    fix = suggest_fix(rule, matcher, target) if suggest else None
    sites = "that site" if len(attempts) == 1 else "those sites"
    consequence = (
        f"with credentials, {sites} can act as your users and read the answers"
        if credentials
        else f"{sites} can read your responses, but never as your users: CORS grants no credentials, and the "
        "WebSocket guard refuses handshakes that carry cookies from an origin allowed only without them"
    )
    admitted = ", ".join(f"{a.origin!r} ({a.kind}: {_WHY[a.kind]})" for a in attempts)
    return Problem(
        "cors.E013" if credentials else "cors.W005",
        option,
        _display(rule),
        f"admits {admitted}; {consequence}.",
        f"use {python_literal(fix)} instead." if fix is not None else "list exact origins instead.",
        fix,
    )


def python_literal(pattern: str) -> str:
    """``pattern`` as users write it in Python: a raw string when it has backslashes."""
    return f"r'{pattern}'" if "\\" in pattern and "'" not in pattern else repr(pattern)


def _escape_origin(origin: str) -> str:
    return re.escape(origin).replace("\\:", ":").replace("\\-", "-")


def _escape_dots(pattern: str) -> str:
    """``pattern`` with every single unescaped ``.`` outside a class, not followed by a quantifier, escaped."""
    tokens = list(source_tokens(pattern))
    out = []
    for index, (token, syntax) in enumerate(tokens):
        following = tokens[index + 1][0] if index + 1 < len(tokens) else ""
        out.append("\\." if syntax and token == "." and following not in ("*", "+", "?", "{") else token)
    return "".join(out)


def suggest_fix(rule: OriginRule, original: OriginMatcher, target: Target) -> str | None:
    """A corrected pattern that passes the probe and still admits what ``rule`` was written for.

    Precondition: ``original`` is ``compile_origins((rule,))``.
    """
    pattern, _ = _pattern_of(rule)
    if "." not in target.domain:
        return None  # a pattern over a whole top-level domain: only a list of origins can fix it
    candidates = []
    if isinstance(rule.source, str):
        candidates.append(_escape_dots(rule.source))
    # The domain and any subdomain ("([a-z0-9-]+\.)*" needs a dot before the domain) when the
    # original allowed subdomains, then the one origin the pattern was written for.
    subdomains = rf"{target.scheme}://([a-z0-9-]+\.)*{re.escape(target.domain)}"
    exact = _escape_origin(target.origin)
    if original.allows(f"{target.scheme}://www.{target.domain}", credentials=True):
        candidates += [subdomains, exact]
    else:
        candidates += [exact, subdomains]
    wanted = {target.origin, f"{target.scheme}://www.{target.domain}", f"{target.scheme}://app.{target.domain}"}
    for candidate in candidates:
        if candidate == pattern:
            continue
        problems: list[Problem] = []
        fixed = classify_origin(candidate, problems)
        if fixed is None or any(p.is_error for p in problems):
            continue
        matcher = compile_origins((fixed,))
        if not any(matcher.allows(origin, credentials=True) for origin in wanted):
            continue
        if fixed.kind == "exact" or not _probe(fixed, matcher, "", True, suggest=False):
            return candidate
    return None
