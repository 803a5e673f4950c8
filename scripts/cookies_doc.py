"""Write the tables of cookie rules and session cases in docs/cookies.md from the cases Chromium judges.

The rows are ``tests/cookie_cases.py`` and ``tests/session_cases.py``; the verdicts are the cookie
model's (:func:`flask_cors._cookies.judge_cookie`), which ``tests/browser/test_cookies.py`` and
``tests/browser/test_session_cookies.py`` compare with Chromium's, reason codes included. Only the
parts between the ``<!-- cookie-cases -->`` and ``<!-- session-cases -->`` markers are generated.
Run::

    .venv/bin/python scripts/cookies_doc.py          # rewrite the table
    .venv/bin/python scripts/cookies_doc.py --check  # exit 1 if it is out of date

``tests/test_docs.py`` runs the check.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from flask_cors._cookies import Verdict, judge_cookie, parse_cookie  # noqa: E402
from flask_cors._profiles import PROFILES  # noqa: E402
from flask_cors.extension import session_cookie  # noqa: E402
from tests.cookie_cases import CASES  # noqa: E402
from tests.session_cases import CASES as SESSION_CASES  # noqa: E402
from tests.session_cases import session_app  # noqa: E402

PAGE = ROOT / "docs" / "cookies.md"
START, END = "<!-- cookie-cases -->", "<!-- /cookie-cases -->"
SESSION_START, SESSION_END = "<!-- session-cases -->", "<!-- /session-cases -->"


def _cell(verdict: Verdict, yes: str, no: str) -> str:
    if verdict.ok:
        return yes
    codes = f" (`{'`, `'.join(verdict.reasons)}`)" if verdict.reasons else ""
    return f"{no}: {verdict.why}{codes}"


def table() -> str:
    """The Markdown table: one row per case, the model's verdicts in words and Chromium's codes."""
    lines = [
        "| rule | page | API | `Set-Cookie` | set by the sign-in `fetch()` | sent with the next `fetch()` |",
        "|---|---|---|---|---|---|",
    ]
    for case in CASES:
        judged = judge_cookie(
            parse_cookie(case.cookie),
            case.page,
            case.api + case.path,
            set_url=case.api + "/login",
            browser=PROFILES["chrome" if case.third_party_cookies else "no-third-party-cookies"],
        )
        rule = case.rule + (" *(third-party cookies allowed)*" if case.third_party_cookies else "")
        cells = [
            rule,
            f"`{case.page}`",
            f"`{case.api}`",
            f"`{case.cookie}`",
            _cell(judged.store, "stored", "refused"),
            _cell(judged.send, "**sent**", "not sent"),
        ]
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return "\n".join(lines)


def session_table() -> str:
    """The session cases: one row per configuration, the verdict under each browser profile."""
    lines = [
        "| case | page | API | config | `Set-Cookie` as Flask writes it | third-party cookies blocked "
        "(`no-third-party-cookies`) | allowed (`chrome`) |",
        "|---|---|---|---|---|---|---|",
    ]
    rows: dict[str, list[str]] = {}
    for case in SESSION_CASES:
        app = session_app(case, case.page, case.api)
        cookie = session_cookie(app)
        judged = judge_cookie(cookie, case.page, case.api + "/me", set_url=case.api + "/login", browser=case.profile)
        if not judged.stored:
            cell = _cell(judged.store, "", "refused")
        else:
            cell = _cell(judged.send, "**sent**", "stored, not sent")
        name = case.id.removesuffix(f"-{case.browser}")
        config = ", ".join(f"`{key}={value!r}`" for key, value in case.config.items()) or "Flask's defaults"
        rows.setdefault(name, [case.rule, f"`{case.page}`", f"`{case.api}`", config, f"`{cookie.describe()}`"])
        rows[name].append(cell)
    for name, cells in rows.items():
        cells[0] = f"{name}: {cells[0]}"
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return "\n".join(lines)


def _between(text: str, start: str, end: str, body: str) -> str:
    head, rest = text.split(start + "\n", 1)
    _, tail = rest.split(end, 1)
    return f"{head}{start}\n{body}\n{end}{tail}"


def page() -> str:
    text = PAGE.read_text(encoding="utf-8")
    text = _between(text, START, END, table())
    return _between(text, SESSION_START, SESSION_END, session_table())


def main(argv: list[str]) -> int:
    wanted = page()
    if PAGE.read_text(encoding="utf-8") == wanted:
        return 0
    if "--check" in argv:
        print(f"{PAGE.relative_to(ROOT)} is out of date: run .venv/bin/python scripts/cookies_doc.py")
        return 1
    PAGE.write_text(wanted, encoding="utf-8")
    print(f"wrote {PAGE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
