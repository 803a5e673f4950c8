"""Which Chromium the browser model speaks for, and how other Chromium versions word the same verdicts.

The browser engine (``_browser.py``) and the cookie model (``_cookies.py``) reach a verdict (blocked
or not, stored or not, sent or not) and explain it in Chromium's own words: its console line for a
CORS failure, and the DevTools reason codes for a cookie. Verdicts follow the Fetch standard and RFC
6265bis and hold on every Chromium we test. The words change between releases, so they are written
for one version, :data:`MODEL_VERSION`, and every other version we have checked is described here,
as data, by what it spells differently. ``tests/browser`` compares verdicts exactly on any Chromium,
and wording exactly on the versions listed in :data:`KNOWN`.

To add a version: run the browser suite on it with ``CORS_CHROMIUM=/path/to/chromium`` and
``CORS_RECORD_CHROMIUM=tests/browser/recorded``, read the wording differences the run prints, add a
:class:`Wording` row, and commit the recording (``tests/core/test_chromium_wording.py`` replays it).

Framework-free: nothing here imports Flask or keeps state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._profiles import DEFAULT, BrowserProfile

#: The Chromium major version whose wording the tools use.
MODEL_VERSION = 156


@dataclass(frozen=True)
class Wording:
    """How one Chromium version words what the model says in :data:`MODEL_VERSION`'s words.

    ``cookie_codes`` maps a model reason code (DevTools' ``CookieBlockedReason`` and
    ``SetCookieBlockedReason``) to this version's code. ``console`` maps a fragment of a model
    console line to this version's fragment.
    """

    version: int
    build: str
    #: The day this version's recorded outputs were last replayed against a real browser.
    checked: str
    #: Where the build came from.
    source: str
    cookie_codes: tuple[tuple[str, str], ...] = ()
    console: tuple[tuple[str, str], ...] = ()

    def cookie_reasons(self, reasons: tuple[str, ...]) -> tuple[str, ...]:
        """``reasons`` (model codes, sorted) as this version reports them, sorted."""
        codes = dict(self.cookie_codes)
        return tuple(sorted(codes.get(reason, reason) for reason in reasons))

    def console_line(self, line: str) -> str:
        """A model console line as this version prints it."""
        for model, spelled in self.console:
            line = line.replace(model, spelled)
        return line


#: Every Chromium version whose wording has been checked, newest first. Debian ships the two
#: current ones: 156 in Debian 13 (and in Debian 12's security updates), 150 in Debian 12.
KNOWN: dict[int, Wording] = {
    156: Wording(156, "156.0.8078.114", "2026-12-03", "Debian 12 bookworm-security"),
    150: Wording(
        150,
        "150.0.7871.100",
        "2026-12-03",
        "Debian 12 bookworm",
        cookie_codes=(
            # 156 reports every SameSite exclusion with the "Schemeful" codes; 150 does not, even
            # for a request that is cross-site only by its scheme (http page, https API of one site).
            ("SchemefulSameSiteLax", "SameSiteLax"),
            ("SchemefulSameSiteStrict", "SameSiteStrict"),
            ("SchemefulSameSiteUnspecifiedTreatedAsLax", "SameSiteUnspecifiedTreatedAsLax"),
        ),
        console=(
            # The schemes a cross-origin request may use: 156 added one.
            ("chrome, chrome-experimental-site-token-provider, chrome-extension", "chrome, chrome-extension"),
        ),
    ),
}


def major_version(text: str) -> int | None:
    """The major version in ``chromium --version`` output (``"Chromium 150.0.7871.100 "`` gives 150)."""
    found = re.search(r"\b(\d+)\.\d+\.\d+\.\d+\b", text)
    return int(found.group(1)) if found else None


def wording_for(version: int | None) -> Wording | None:
    """The wording of Chromium ``version``, or None when it has not been checked."""
    return KNOWN.get(version) if version is not None else None


def model_note(profile: BrowserProfile = DEFAULT) -> str:
    """One line naming the browser the tools word their reasons for, the versions checked, and the
    browser profile (:mod:`flask_cors._profiles`) the cookie verdicts assume."""
    others = " and ".join(str(version) for version in sorted(KNOWN) if version != MODEL_VERSION)
    also = f" (verdicts also checked on Chromium {others})" if others else ""
    return (
        f"Browser model: Chromium {MODEL_VERSION}'s rules and wording{also}, "
        f"browser {profile.name!r}: {profile.description}"
    )
