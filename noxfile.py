"""Checks beyond the main test run: the Flask/Werkzeug version matrix, typing, lint and docs.

Run everything with ``nox``; one session with ``nox -s typing``. Interpreters are found on the
PATH (``python3.9`` …); ``.ci/run`` makes pyenv's versions visible.
"""

from __future__ import annotations

import nox

nox.options.default_venv_backend = "venv"
nox.options.error_on_missing_interpreters = True
nox.options.sessions = ["tests", "typing", "lint", "docs"]

#: (Python, Flask, Werkzeug): the oldest supported Flask on the oldest Python, then each later minor.
MATRIX = [
    ("3.9", "2.3.*", "2.3.*"),
    ("3.10", "3.0.*", "3.0.*"),
    ("3.12", "3.1.*", "3.1.*"),
    ("3.13", "3.1.*", "3.1.*"),
]


@nox.session
@nox.parametrize(("python", "flask", "werkzeug"), MATRIX, ids=[f"py{p}-flask{f[:3]}" for p, f, _ in MATRIX])
def tests(session: nox.Session, flask: str, werkzeug: str) -> None:
    """The framework-free core and Flask tests against one Flask/Werkzeug pair."""
    session.install(
        f"flask=={flask}",
        f"werkzeug=={werkzeug}",
        "pytest>=8",
        "pytest-randomly",
        "hypothesis>=6",
        "asgiref>=3.2",
        "publicsuffixlist>=1.0",
    )
    session.install("-e", ".", "--no-deps")
    session.run(
        "python",
        "-c",
        "import sys; from importlib.metadata import version as v; print(sys.version.split()[0], 'flask', v('flask'), 'werkzeug', v('werkzeug'))",
    )
    session.run("pytest", "-q", "tests/core", "tests/flask", "tests/compat", *session.posargs)


@nox.session(python=False)
def typing(session: nox.Session) -> None:
    """mypy --strict on the package and the usage examples (settings in pyproject.toml)."""
    session.run("mypy")


@nox.session(python=False)
def lint(session: nox.Session) -> None:
    """ruff lint and format check."""
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(python=False)
def docs(session: nox.Session) -> None:
    """The documentation site (mkdocs.yml), with warnings as errors, and its generated pages current."""
    session.run("python", "scripts/options_doc.py", "--check")
    session.run("python", "scripts/cookies_doc.py", "--check")
    session.run(
        "mkdocs",
        "build",
        "--strict",
        "--site-dir",
        session.create_tmp() + "/site",
        env={"NO_MKDOCS_2_WARNING": "1"},
    )
