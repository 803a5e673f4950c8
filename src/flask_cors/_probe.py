"""The attack probe: origins an attacker would try against each origin pattern, tried at start-up.

Misconfiguration scanners for CORS send a handful of classes of origins and watch which ones are
reflected. We do the same before the first request, against the compiled matcher itself. The
origins tried are written from the pattern's parse tree (:func:`flask_cors._sites.analyse`): every
alternative, and in it every variable part (the scheme, any label, what follows the host), is
filled with an attacker's text while the rest keeps what the author wrote:

* ``lookalike``: ``https://evilexample.com`` for ``https://.*example\\.com``,
  ``https://app.evilexample.com`` for ``https://app\\..*example\\.com``;
* ``unescaped-dot``: ``http://wwwxexample.com`` for ``http://www.example.com``;
* ``suffix``: ``https://app.example.com.evil.com`` for ``https://app\\.example\\.com.*``;
* ``extension``: ``https://example.community`` for ``https://example\\.com[\\w:]*``;
* ``special-character``: ``https://app.example.com_.evil.com`` (also `` ` ``, ``!``, ``~``,
  ``%60`` …: Safari sends some of these) where only such a character may follow the host;
* ``other-scheme``: ``http://app.example.com`` for ``https?://app\\.example\\.com``, a finding
  (``cors.W008``) with credentials only.

An attacker origin is reported only when the pattern admits it, its site (scheme and registrable
domain) is not one the pattern names, and somebody other than the pattern's owner could register
it: ``http://blahxcom``, which the unescaped dot of ``http://blah.com`` admits, is nobody's domain.
These are exactly the origins the request-time site rule refuses with credentials
(``_origins.OriginMatcher``), so findings and the rule agree; the probe is there for the message.

A different site getting in is ``cors.E013`` (an error) when the policy supports credentials and
``cors.W005`` otherwise, with a corrected pattern when one can be verified (it differs from the
input, passes this probe and still admits what the original was meant for). An alternative whose
variable part reaches into the registrable domain itself (``https://myapp-.*\\.vercel\\.app``,
``https://*.co.uk``, ``https://.*``) names no site: every match is a site of its own, which is
``cors.E020`` with credentials and ``cors.W070`` without (nothing for a pattern that admits any
site of a scheme, which without credentials is what ``"*"`` does).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from ._errors import Problem
from ._origins import (
    OriginMatcher,
    OriginRule,
    classify_origin,
    compile_origins,
    is_loopback,
    is_loopback_host,
    is_valid_request_origin,
    pattern_of,
)
from ._regex import source_tokens
from ._sites import (
    ANY_SCHEME,
    Alternative,
    Var,
    analyse,
    can_be_registered,
    is_named,
    longer_tld,
    origin_host,
    site_of,
    suffixes,
)

#: Classes where another site gets in, in the order findings name them.
OTHER_SITE = ("lookalike", "unescaped-dot", "suffix", "extension", "special-character")
#: Characters after the host that some browsers send in a host, or that a sloppy pattern admits.
SPECIAL_CHARACTERS = ("_", "-", "`", "!", "~", "$", "&", "'", "(", ")", "*", "+", ";", "=", "{", "}", "|", "%60")
#: Registrable domains an attacker uses; the first one the pattern does not name is taken.
ATTACKER_DOMAINS = ("evil.com", "evil.net", "attacker.org")
_INSECURE = {"https": "http", "wss": "ws"}
_PREFERRED = "abcdefghijklmnopqrstuvwxyz0123456789-"


class Attempt(NamedTuple):
    kind: str
    origin: str


class Target(NamedTuple):
    """What a pattern was meant for: an origin it names, its scheme, host, and registrable domain."""

    origin: str
    scheme: str
    host: str
    domain: str


def _fits(var: Var, text: str) -> bool:
    return var.can(text) and var.low <= len(text) and (var.high is None or len(text) <= var.high)


def _natural(alternative: Alternative, index: int) -> str:
    """What the author meant a variable part to write: a label, a port, the scheme."""
    tokens = alternative.tokens
    var = tokens[index]
    assert isinstance(var, Var)
    if var.dot:
        return "."
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    dot_follows = following == "." or (isinstance(following, Var) and following.dot)
    if index == alternative.scheme_var:
        options = ["https://a", "http://a"] if dot_follows or following is None else ["https://", "http://"]
    elif index < alternative.host_start:
        options = ["https", "http"]  # in a scheme written around it: [a-z]+://
    elif index >= alternative.host_end:
        options = ["1", "1" * var.low]
    elif alternative.run is not None and index >= alternative.run[1]:
        options = [":1", ":" + "1" * (var.low - 1)]
    elif isinstance(following, str) and following not in ".:":
        options = ["a.", "a"]  # it runs into a written label: end at a label boundary
    else:
        options = []
    char = next((c for c in _PREFERRED if var.can(c)), None)
    if char is not None:
        options += [char * max(var.low, 1)]
    return next((text for text in options if _fits(var, text)), options[-1] if options else "a")


def _fill(alternative: Alternative, naturals: dict[int, str], overrides: dict[int, str]) -> str:
    """``alternative`` written out: each variable part as ``overrides`` says, or as its author meant it."""
    return "".join(
        token if isinstance(token, str) else overrides.get(index) or naturals[index]
        for index, token in enumerate(alternative.tokens)
    )


def _naturals(alternative: Alternative) -> dict[int, str]:
    return {index: _natural(alternative, index) for index, t in enumerate(alternative.tokens) if isinstance(t, Var)}


def _attempts(alternative: Alternative, attacker: str) -> Iterator[Attempt]:
    """Origins written from ``alternative`` with one variable part filled by an attacker."""
    run = alternative.run
    naturals = _naturals(alternative)
    for index in alternative.variables:
        var = alternative.tokens[index]
        assert isinstance(var, Var)
        if index >= alternative.host_end:
            continue  # the port: it never changes the site
        if var.dot:
            fillers = [("unescaped-dot", "x"), ("unescaped-dot", "-")]
        elif index == alternative.scheme_var:
            fillers = [("lookalike", f"https://evil{sep}") for sep in ("", "-")]
            fillers += [("lookalike", f"http://evil{sep}") for sep in ("", "-")]
        elif run is not None and index >= run[1]:
            fillers = [("suffix", f".{attacker}"), ("suffix", attacker)]  # the latter after a written dot
            tld = longer_tld(alternative.candidate.rsplit(".", 1)[-1]) if alternative.candidate else None
            if tld is not None:
                fillers.append(("extension", tld[len(alternative.candidate.rsplit(".", 1)[-1]) :]))
            fillers += [("special-character", f"{char}.{attacker}") for char in SPECIAL_CHARACTERS]
        else:
            fillers = [("lookalike", text) for text in ("evil", "evil-", attacker, "evil.")]
        for kind, text in fillers:
            yield Attempt(kind, _fill(alternative, naturals, {index: text}))


def _admits(matcher: OriginMatcher, origin: str) -> bool:
    """Whether the pattern admits ``origin`` as it stands, without the request-time site rule."""
    return is_valid_request_origin(origin) and matcher.allows(origin, credentials=False)


def _is_other_site(origin: str, named: frozenset[str], *, registrable: bool = True) -> bool:
    """Whether ``origin`` belongs to a site the pattern does not name (that somebody could register)."""
    site, host = site_of(origin), origin_host(origin)
    if site is None or host is None or is_named(site, named):
        return False
    # Outside the web's schemes a host is not a DNS name: chrome-extension://<id> belongs to its publisher.
    web = origin.lower().startswith(("http://", "https://", "ws://", "wss://"))
    return can_be_registered(host) or not web or not registrable


def probe(rule: OriginRule, option: str, credentials: bool, *, suggest: bool = True) -> list[Problem]:
    """Run the attack probe on one pattern rule; one problem per kind of finding.

    ``suggest=False`` skips looking for a corrected pattern (used to verify a suggestion).
    """
    if rule.kind not in ("pattern", "wildcard"):
        return []
    return _probe(rule, compile_origins((rule,)), option, credentials, suggest)


def _probe(rule: OriginRule, matcher: OriginMatcher, option: str, credentials: bool, suggest: bool) -> list[Problem]:
    """:func:`probe`, with the rule's matcher compiled once by the caller."""
    analysis = analyse(*pattern_of(rule))
    named = analysis.sites
    attacker = next(d for d in ATTACKER_DOMAINS if not any(site.endswith("://" + d) for site in named))
    found: dict[str, Attempt] = {}  # the first attacker origin admitted, per class
    first: Target | None = None  # the target of the first finding: the fix starts there
    own: tuple[str, bool] | None = None  # an alternative naming no site: (an origin it admits, any host?)
    unclaimed: str | None = None  # the same, where nobody could register what it admits
    insecure: str | None = None
    probed: set[tuple[object, ...]] = set()
    for alternative in analysis.alternatives:
        host = (alternative.scheme, alternative.tokens[: alternative.host_end])
        if host in probed:
            continue  # the same host with another port: the same attackers
        probed.add(host)
        domain = alternative.domain or _written_domain(alternative, named)
        if domain is None:
            if own is None:
                example, registrable = _own_site_example(alternative, matcher, named, attacker)
                if example is not None and registrable:
                    own = (example, alternative.any_host)
                elif example is not None and unclaimed is None:
                    unclaimed = example
            continue
        for attempt in _attempts(alternative, attacker):
            if attempt.kind not in found and _admits(matcher, attempt.origin) and _is_other_site(attempt.origin, named):
                found[attempt.kind] = attempt
                first = first or _target(alternative, domain)
        insecure = insecure or _insecure_twin(alternative, matcher)
    if "suffix" in found:
        found.pop("special-character", None)  # anything may follow the host: which character adds nothing
    problems: list[Problem] = []
    if own is not None and (credentials or not own[1]):
        problems.append(_own_sites(rule, option, own[0], own[1], credentials))
    elif own is None and credentials and unclaimed is not None:
        problems.append(_unclaimed(rule, option, unclaimed))
    if first is not None:
        other_sites = [found[kind] for kind in OTHER_SITE if kind in found]
        problems.append(_other_site(rule, matcher, option, other_sites, first, credentials, suggest))
    if credentials and insecure is not None:
        problems.append(_other_scheme(rule, option, insecure))
    return problems


def _own_site_example(
    alternative: Alternative, matcher: OriginMatcher, named: frozenset[str], attacker: str
) -> tuple[str | None, bool]:
    """An origin ``alternative`` admits whose site is not named, and whether somebody could register it
    (such an origin is preferred)."""
    # What is written before or into the registrable domain; text after the host is a suffix, which an
    # alternative that names a site reports (cors.E013).
    written = [a.origin for a in _attempts(alternative, attacker) if a.kind in ("lookalike", "unescaped-dot")]
    admitted = [
        origin for origin in [*written, _fill(alternative, _naturals(alternative), {})] if _admits(matcher, origin)
    ]
    for registrable in (True, False):
        for origin in admitted:
            if _is_other_site(origin, named, registrable=registrable):
                return origin, registrable
    return None, False


def _written_domain(alternative: Alternative, named: frozenset[str]) -> str | None:
    """The registrable domain written at the end of ``alternative``'s host, when another alternative names it.

    ``\\w*example\\.com`` names no site (``\\w+`` runs into the label), but next to it the same pattern
    with ``\\w*`` empty names ``example.com``: what it admits beyond that are look-alikes of a named site.
    """
    if alternative.run is None:
        return None
    text = "".join(t if isinstance(t, str) else "." for t in alternative.tokens[slice(*alternative.run)]).strip(".")
    domain = "localhost" if is_loopback_host(text) else suffixes().privatesuffix(text)
    return domain if domain is not None and any(site.endswith("://" + domain) for site in named) else None


def _target(alternative: Alternative, domain: str) -> Target:
    scheme = "https" if alternative.scheme == ANY_SCHEME else alternative.scheme
    host = alternative.candidate if alternative.domain is not None and alternative.candidate else domain
    return Target(f"{scheme}://{host}", scheme, host, domain)


def _insecure_twin(alternative: Alternative, matcher: OriginMatcher) -> str | None:
    """``http://host`` when the pattern admits it next to ``https://host`` for a host it names."""
    secure = "https" if alternative.scheme == ANY_SCHEME else alternative.scheme
    if secure not in _INSECURE or alternative.domain is None:
        return None
    for host in dict.fromkeys((alternative.candidate, f"www.{alternative.domain}", f"a.{alternative.domain}")):
        insecure = f"{_INSECURE[secure]}://{host}"
        if host and _admits(matcher, f"{secure}://{host}") and _admits(matcher, insecure) and not is_loopback(insecure):
            return insecure
    return None


def _display(rule: OriginRule) -> object:
    return rule.source


def _own_sites(rule: OriginRule, option: str, origin: str, any_host: bool, credentials: bool) -> Problem:
    if any_host:
        what = f"admits any site (e.g. {origin!r})"
    else:
        what = f"admits {origin!r}: its variable part reaches into the registrable domain itself"
    consequence = (
        "with credentials, each could act as your users and read the answers"
        if credentials
        else "each can read your responses"
    )
    return Problem(
        "cors.E020" if credentials else "cors.W070",
        option,
        _display(rule),
        f"{what}, so every match is a site of its own, owned by whoever registered it; {consequence}.",
        "list the origins you trust; when every such site is meant (preview deployments, a domain per customer), "
        "pass a callable that decides per origin: origins=[lambda origin: origin in trusted_origins()].",
    )


def _unclaimed(rule: OriginRule, option: str, origin: str) -> Problem:
    return Problem(
        "cors.W071",
        option,
        _display(rule),
        f"admits {origin!r}, a site of its own that nobody can register (an intranet name, an unknown top-level "
        "domain); the pattern does not name it, so with credentials it is refused.",
        "list such origins exactly, e.g. origins=['http://intranet:8080'], or pass a callable that decides per origin.",
    )


def _other_scheme(rule: OriginRule, option: str, origin: str) -> Problem:
    scheme, rest = origin.split("://", 1)
    secure = {insecure: secure for secure, insecure in _INSECURE.items()}[scheme]
    return Problem(
        "cors.W008",
        option,
        _display(rule),
        f"with credentials, this pattern also admits {origin!r}: a page served over plain http can be "
        "altered by anyone on the network path, who then reads your users' data.",
        f"allow only the secure scheme, e.g. {python_literal(_escape_origin(secure + '://' + rest))}.",
    )


_WHY = {
    "lookalike": "a domain that merely ends with the same text; anyone can register it",
    "unescaped-dot": "an unescaped '.' matches any character",
    "suffix": "the pattern lets anything follow the intended host",
    "extension": "the pattern lets letters follow the intended host, which makes another domain name",
    "special-character": "the pattern lets characters such as '_' or '`' follow the host, and some browsers send them",
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


def _align_labels(pattern: str) -> str:
    """``pattern`` with each ``.*`` or ``.+`` that runs into a written label made to stop at a dot.

    ``https://app\\..*example\\.com`` becomes ``https://app\\.([a-z0-9-]+\\.)*example\\.com``.
    """
    tokens = list(source_tokens(pattern))
    out = []
    index = 0
    while index < len(tokens):
        token, syntax = tokens[index]
        quantifier = tokens[index + 1] if index + 1 < len(tokens) else ("", False)
        if syntax and token == "." and quantifier[1] and quantifier[0] in ("*", "+"):
            after = index + 2
            if after < len(tokens) and tokens[after] == ("?", True):
                after += 1  # lazy: .*?
            following = tokens[after][0] if after < len(tokens) else ""
            if len(following) == 1 and (following.isalnum() or following == "-"):
                out.append(r"([a-z0-9-]+\.)" + quantifier[0])
                index = after
                continue
        out.append(token)
        index += 1
    return "".join(out)


def suggest_fix(rule: OriginRule, original: OriginMatcher, target: Target) -> str | None:
    """A corrected pattern that differs from ``rule``, passes the probe and still admits what it was written for.

    Precondition: ``original`` is ``compile_origins((rule,))``.
    """
    pattern, _ = pattern_of(rule)
    candidates = []
    if rule.kind == "pattern" and isinstance(rule.source, str):
        candidates += [_escape_dots(_align_labels(rule.source)), _escape_dots(rule.source)]
    # The domain and any subdomain ("([a-z0-9-]+\.)*" needs a dot before the domain) when the
    # original allowed subdomains, then the one origin the pattern was written for.
    subdomains = rf"{target.scheme}://([a-z0-9-]+\.)*{re.escape(target.domain)}"
    exact = _escape_origin(target.origin)
    if _admits(original, f"{target.scheme}://www.{target.domain}"):
        candidates += [subdomains, exact]
    else:
        candidates += [exact, subdomains]
    wanted = {target.origin, f"{target.scheme}://www.{target.domain}", f"{target.scheme}://app.{target.domain}"}
    for candidate in dict.fromkeys(candidates):
        if candidate == pattern:
            continue
        problems: list[Problem] = []
        fixed = classify_origin(candidate, problems)
        if fixed is None or any(p.is_error for p in problems):
            continue
        matcher = compile_origins((fixed,))
        if not any(_admits(matcher, origin) for origin in wanted):
            continue
        if fixed.kind == "exact" or not _probe(fixed, matcher, "", True, suggest=False):
            return candidate
    return None
