"""Two distributions, one package: flask-crossorigin and flask-cors both install ``flask_cors/``.

Installers track files per distribution but do not refuse a file that another distribution owns,
so the one installed last overwrites the other's files, silently. flask-cors's files (``__init__``,
``core``, ``decorator``, ``extension``, ``version``) all have a namesake here: installed last, it
takes over ``import flask_cors``; installed first, it leaves an installation record whose file list
names our files, so ``pip uninstall flask-cors`` would later delete them.

Two checks: :func:`flask_cors_records`, one directory listing, cheap enough to run at every import
(``__init__`` calls :func:`warn_if_flask_cors_installed`); and :func:`installed_flask_cors`, which
reads the metadata of every distribution on the path, for ``flask cors check``. No Flask here: the
``flask cors`` entry point uses this module when flask-cors has replaced the rest of the package.
"""

from __future__ import annotations

import os
import re
import sys
import warnings
from collections.abc import Iterable

from ._errors import InstallationConflictWarning, Problem

#: The command that repairs either state. Uninstalling both first matters: flask-cors's record
#: lists files that are now ours, and reinstalling ours last rewrites every file of the package.
FIX = "pip uninstall -y flask-cors flask-crossorigin && pip install flask-crossorigin"

_FOLLOW_UP = (
    "then find the dependency that requires flask-cors (pip show flask-cors: the Required-by line) and keep it "
    "from installing flask-cors again (README, 'When a dependency requires flask-cors')."
)

#: The folder that holds this package, spelled as on ``sys.path``: where an installer puts a
#: flask-cors that shares it.
_HOLDER = os.path.dirname(os.path.dirname(__file__))

#: Set by our ``__init__``; still False when flask-cors's ``__init__`` ran instead of ours.
initialised = False


def _entries(folder: str) -> Iterable[str]:
    """The names in *folder*, from the import system's cache of it when there is one.

    Importing ``flask_cors`` from *folder* has just listed it: the path entry finder of
    :mod:`importlib` keeps that listing (``FileFinder._path_cache``, refreshed when the folder's
    modification time changes). Reading it instead of listing again makes the check at import cost
    a few microseconds even in a large site-packages; a finder without it falls back to a listing.
    """
    cached = getattr(sys.path_importer_cache.get(folder), "_path_cache", None)
    if isinstance(cached, set) and cached:
        return cached
    try:
        return os.listdir(folder)
    except OSError:
        return ()


def flask_cors_records(folder: str) -> list[str]:
    """The installation records of the flask-cors distribution among *folder*'s entries, sorted.

    No file is read. Names are compared case-insensitively: pip and uv write
    ``flask_cors-6.0.5.dist-info``, older tools ``Flask_Cors-3.0.10.dist-info`` or
    ``Flask_Cors-3.0.10-py3.9.egg-info``, a development install ``flask_cors.egg-info``.
    """
    names = _entries(folder)
    # One pass in C over all names; the exact test below runs only when something looks close.
    if "\0flask_cors" not in "\0" + "\0".join(names).lower():
        return []
    return sorted(
        name
        for name in names
        if name[:11].lower() in ("flask_cors-", "flask_cors.") and name.lower().endswith((".dist-info", ".egg-info"))
    )


def conflict_message(folder: str, records: Iterable[str]) -> str:
    """What :func:`warn_if_flask_cors_installed` says: flask-crossorigin's code runs, but not for long."""
    return (
        f"the flask-cors distribution is installed next to flask-crossorigin ({', '.join(records)} in {folder}). "
        "Both install the flask_cors package, so the one installed last overwrites the other's files; "
        "flask-crossorigin's code is the one running now, but reinstalling or upgrading flask-cors replaces it, "
        "and uninstalling flask-cors alone deletes files flask-crossorigin needs. "
        f"Fix: {FIX}; {_FOLLOW_UP}"
    )


def replaced_message() -> str:
    """What ``flask cors`` says when flask-cors, installed last, took over ``import flask_cors``."""
    return (
        f"flask-cors was installed after flask-crossorigin and has overwritten its files in {os.path.abspath(_HOLDER)}: "
        "import flask_cors now runs flask-cors, and the flask cors commands are unavailable. "
        "Uninstalling flask-cors alone would delete files flask-crossorigin needs. "
        f"Fix: {FIX}; {_FOLLOW_UP}"
    )


def warn_if_flask_cors_installed() -> None:
    """Warn once, at import, when flask-cors's installation record sits next to this package.

    Precondition: called by ``flask_cors/__init__.py`` only, so that the warning points at the
    user's import line (the import system's own frames are skipped by :mod:`warnings`).
    """
    global initialised
    initialised = True
    records = flask_cors_records(_HOLDER)
    if records:
        message = conflict_message(os.path.abspath(_HOLDER), records)
        warnings.warn(message, InstallationConflictWarning, stacklevel=3)


def _normalise(name: str) -> str:
    """A distribution name in its canonical form (PEP 503): ``Flask_Cors`` -> ``flask-cors``."""
    return re.sub(r"[-_.]+", "-", name).lower()


def installed_flask_cors(path: list[str] | None = None) -> list[tuple[str, Problem]]:
    """``cors.W040`` for each flask-cors distribution on *path* (default ``sys.path``), with its folder.

    Reads the metadata of every distribution, so it also finds a flask-cors in another folder of
    the path (for example the system's site-packages seen through a virtual environment), and
    names the distributions that require it.
    """
    from importlib import metadata

    requirement_name = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)")  # compiled here: not at import
    dists = list(metadata.distributions(path=sys.path if path is None else path))
    requirers = sorted(
        {
            dist.metadata["Name"]
            for dist in dists
            for requirement in dist.requires or ()
            if (match := requirement_name.match(requirement)) and _normalise(match.group(1)) == "flask-cors"
        }
    )
    found: list[tuple[str, Problem]] = []
    seen: set[str] = set()
    for dist in dists:
        if _normalise(dist.metadata["Name"] or "") != "flask-cors":
            continue
        folder = os.path.abspath(str(dist.locate_file("")))
        if folder in seen:  # the same folder twice on the path
            continue
        seen.add(folder)
        required_by = f"; it is required by {', '.join(requirers)}" if requirers else ""
        problem = Problem(
            "cors.W040",
            "flask-cors",
            dist.version,
            "the flask-cors distribution is installed too. It installs the same flask_cors package as "
            f"flask-crossorigin, so the one installed last overwrites the other's files{required_by}.",
            f"{FIX} (uninstalling flask-cors alone deletes files flask-crossorigin needs); {_FOLLOW_UP}",
        )
        found.append((folder, problem))
    return found
