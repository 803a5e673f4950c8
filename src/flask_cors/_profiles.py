"""Which browsers, with which settings, a verdict about cookies speaks for.

Every verdict that depends on the browser's settings is reached under one **browser profile**.
Today one setting differs between the browsers people use, and it decides whether a cross-site
cookie travels: whether third-party cookies are allowed.

``"no-third-party-cookies"`` (the default)
    Third-party cookies blocked: Safari (its default), Chrome in Incognito, Chrome with
    "Block third-party cookies" set, and browsers under automation (a fresh Playwright or headless
    Chromium profile). Only a ``Partitioned`` cookie (CHIPS) goes cross-site. A cookie this
    profile sends is sent by every browser named here, and by Firefox, which keeps every
    third-party cookie per top-level site (Total Cookie Protection), as if it were ``Partitioned``.
``"chrome"``
    Chrome's default settings (and Edge's): third-party cookies allowed, so a cross-site
    ``SameSite=None; Secure`` cookie travels without ``Partitioned``.

``flask cors check``, ``flask cors explain`` (``--browser``), :mod:`flask_cors.testing`
(``browser=``) and start-up read the same choice, and the app's ``CORS_BROWSER`` config key sets it
for all of them at once. Both profiles are checked in Chromium (``tests/browser``); Safari and
Firefox are not run here, only described.

Framework-free: nothing here imports Flask or keeps state.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, Union

#: The name of a browser profile, as ``--browser``, ``browser=`` and ``CORS_BROWSER`` take it.
BrowserName = Literal["no-third-party-cookies", "chrome"]

#: The config key that chooses the profile for the whole app.
CONFIG_KEY = "CORS_BROWSER"


@dataclass(frozen=True)
class BrowserProfile:
    """One browser setting the verdicts can assume, and the browsers that have it."""

    name: BrowserName
    #: Whether third-party cookies are allowed.
    third_party_cookies: bool
    #: The browsers that behave this way, short, for one line: ``"Chrome"``.
    who: str
    #: The same, in full: ``"as in Chrome's default settings"``.
    examples: str

    @property
    def description(self) -> str:
        """The setting and who has it, for the ``Browser model:`` line."""
        return f"third-party cookies {'allowed' if self.third_party_cookies else 'blocked'}, {self.examples}"


PROFILES: Mapping[str, BrowserProfile] = {
    "no-third-party-cookies": BrowserProfile(
        "no-third-party-cookies",
        False,
        "Safari and Chrome with third-party cookies off",
        "as in Safari and in Chrome's Incognito, its setting and automation",
    ),
    "chrome": BrowserProfile(
        "chrome",
        True,
        "Chrome",
        "as in Chrome's default settings",
    ),
}

#: The profile every tool assumes unless told otherwise: advice that works under it works everywhere.
DEFAULT: BrowserProfile = PROFILES["no-third-party-cookies"]

#: What ``browser=`` accepts: a profile's name, a profile, or None for the app's choice or the default.
BrowserInput = Union[BrowserName, BrowserProfile, None]


def browser_profile(choice: BrowserInput = None, config: Mapping[str, object] | None = None) -> BrowserProfile:
    """The profile a tool works under: ``choice`` if given, else the config's ``CORS_BROWSER``, else the default.

    :raises ValueError: for a name that is not a profile (the message lists the profiles).
    """
    if isinstance(choice, BrowserProfile):
        return choice
    if choice is None:
        # An unknown configured name is cors.W024's (start-up and check): the default applies.
        configured = config.get(CONFIG_KEY) if config is not None else None
        return PROFILES.get(configured, DEFAULT) if isinstance(configured, str) else DEFAULT
    try:
        return PROFILES[choice]
    except KeyError:
        raise ValueError(
            f"browser must be one of {', '.join(repr(name) for name in PROFILES)}, got {choice!r}."
        ) from None


def other_profiles(profile: BrowserProfile) -> tuple[BrowserProfile, ...]:
    """The profiles other than ``profile``, in :data:`PROFILES` order."""
    return tuple(other for other in PROFILES.values() if other != profile)
