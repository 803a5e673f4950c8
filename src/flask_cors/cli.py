"""``flask cors``: show, check and explain the CORS setup of an app. Read-only.

Registered through the ``flask.commands`` entry point, so ``flask cors`` is available in every
project where the package is installed. Each command parses its arguments, calls
:mod:`flask_cors.testing` (which reads ``app.extensions["cors"]`` and the view markers, and runs
the browser engine of :mod:`flask_cors._browser`), and formats the result.

.. versionadded:: 0.1
"""

from __future__ import annotations

import contextlib
import functools
import json
from contextvars import ContextVar
from dataclasses import replace
from typing import Any
from urllib.parse import urljoin, urlsplit

import click
from flask.cli import AppGroup, ScriptInfo

from flask import Flask, current_app

from ._chromium import KNOWN, MODEL_VERSION, model_note
from ._cookies import Cookie, default_path, parse_cookie, partition_key
from ._errors import ConfigurationError
from ._profiles import PROFILES, browser_profile
from .checks import Finding, check_configuration, installation_findings
from .routes import RoutePolicy, route_policies, route_policy
from .testing import (
    assumed_api_origin,
    browser_differences,
    policy_decision,
    session_cookie,
    simulate_fetch,
)

cors_group = AppGroup("cors", help="Show, check and explain the CORS setup of the app (read-only).")

_BROWSER_HELP = (
    "The browser the cookie verdicts assume: 'no-third-party-cookies' (Safari; Chrome in Incognito, with the "
    "setting, or under automation) or 'chrome' (Chrome's defaults: third-party cookies allowed). Default: the "
    "app's CORS_BROWSER, else 'no-third-party-cookies'."
)

_ROUTE_HEADERS = ("Endpoint", "Methods", "Rule", "CORS policy", "Origins", "Allowed methods", "Credentials", "Max age")
_SORTS = ("endpoint", "methods", "rule", "match")


#: Commands registered with ``with_appcontext=False``: they load the app themselves (:func:`_load_app`).
_LOADS_ITS_APP = frozenset({"check"})

#: The app a ``quart cors`` command runs on (:func:`quart_commands`); Flask's come from ``current_app``.
_QUART_APP: ContextVar[Any] = ContextVar("flask_cors_quart_app", default=None)


def _app() -> Flask:
    app: Flask | None = _QUART_APP.get()
    if app is None:
        app = current_app._get_current_object()  # type: ignore[attr-defined]
    return app


def _load_app(ctx: click.Context) -> Any:
    """The app named by the CLI: Flask's ScriptInfo, or Quart's (``ctx.obj``, with the same ``load_app``)."""
    info = ctx.find_root().obj
    return info.load_app() if hasattr(info, "load_app") else ctx.ensure_object(ScriptInfo).load_app()


def quart_commands(group: click.Group) -> click.Group:
    """Add to ``group`` (Quart's ``AppGroup``) a copy of every ``flask cors`` command, for ``quart cors``.

    Each runs on the app Quart's CLI loads; none needs an app context (they read the app's config,
    URL map, extension state and view markers, and send requests through its test client).
    """
    for name, command in cors_group.commands.items():
        callback = command.callback
        if name not in _LOADS_ITS_APP:
            inner: Any = callback.__wrapped__  # type: ignore[union-attr]  # the command under with_appcontext

            def run(ctx: click.Context, *args: Any, __inner: Any = inner, **kwargs: Any) -> Any:
                token = _QUART_APP.set(_load_app(ctx))
                try:
                    return ctx.invoke(__inner, *args, **kwargs)
                finally:
                    _QUART_APP.reset(token)

            callback = click.pass_context(functools.update_wrapper(run, inner))
        group.add_command(
            click.Command(
                name,
                params=command.params,
                callback=callback,
                help=command.help,
                short_help=command.short_help,
                context_settings=command.context_settings,
            )
        )
    return group


def _table(headers: tuple[str, ...], rows: list[list[str]]) -> list[str]:
    """Columns padded to their widest cell and separated by two spaces, as ``flask routes`` does."""
    table = [list(headers), *rows]
    widths = [max(len(row[index]) for row in table) for index in range(len(headers))]
    table.insert(1, ["-" * width for width in widths])
    return ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in table]


def _route_cells(route: RoutePolicy, hidden: set[str]) -> list[str]:
    cells = [
        route.endpoint or "",
        ", ".join(m for m in route.methods if m not in hidden),
        route.rule or "",
        route.source,
    ]
    if route.policy is None:
        return [*cells, "-", "-", "-", "-"]
    options = route.policy.options
    return [
        *cells,
        ", ".join(route.origins) or "(none)",
        ", ".join(sorted(options.methods)),
        "yes" if options.supports_credentials else "no",
        "-" if options.max_age is None else str(options.max_age),
    ]


@cors_group.command("routes")
@click.option(
    "--sort",
    "-s",
    type=click.Choice(_SORTS),
    default="endpoint",
    show_default=True,
    help="Sort by this column; 'match' keeps the order Flask matches rules in.",
)
@click.option("--all-methods", is_flag=True, help="Show HEAD and OPTIONS methods.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def routes_command(sort: str, all_methods: bool, as_json: bool) -> None:
    """Show every route with the CORS policy that applies to it.

    The policy is the view's own @cross_origin, or the resource pattern of CORS(app) or
    CORS(blueprint) that wins for the route's path, with the reason it wins; or "not covered".
    When the app serves WebSockets, a last column says whether each route's handshakes are
    checked against the policy (guard_websockets), marking the WebSocket routes.
    """
    routes = route_policies(_app())
    hidden = set() if all_methods else {"HEAD", "OPTIONS"}
    rows = [_route_cells(route, hidden) for route in routes]
    headers: tuple[str, ...] = _ROUTE_HEADERS
    if any(route.websocket for route in routes):  # the column shows only where WebSockets are served
        headers += ("WebSocket guard",)
        for route, row in zip(routes, rows):
            row.append(
                ("ws route, " if route.websocket else "") + ("guarded" if route.guards_websockets else "unguarded")
            )
    if sort != "match":
        column = _SORTS.index(sort)
        order = sorted(range(len(rows)), key=lambda index: rows[index][column])
        routes, rows = [routes[index] for index in order], [rows[index] for index in order]
    if as_json:
        click.echo(json.dumps([route.to_json() for route in routes], indent=2))
    elif not rows:
        click.echo("No routes were registered.")
    else:
        for line in _table(headers, rows):
            click.echo(line)


def _finding_lines(finding: Finding) -> list[str]:
    problem = finding.problem
    severity = "error" if problem.is_error else "warning"
    lines = [
        f"{problem.code} ({severity}) {finding.where}",
        f"    {problem.option}={problem.value!r}: {problem.message}",
    ]
    if problem.hint:
        lines.append(f"    Fix: {problem.hint}")
    return lines


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


#: Findings that predict what a browser does with the session cookie (the cookie model's verdicts).
BROWSER_MODEL_CODES = frozenset({"cors.W021", "cors.W022", "cors.W023"})


@cors_group.command("check", with_appcontext=False)
@click.option("--strict", is_flag=True, help="Exit with status 1 on warnings too.")
@click.option("--browser", type=click.Choice(list(PROFILES)), default=None, help=_BROWSER_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@click.pass_context
def check_command(ctx: click.Context, strict: bool, browser: str | None, as_json: bool) -> None:
    """Validate the CORS configuration and list risky choices.

    Each problem has a stable code (cors.E... errors, cors.W... warnings). Exit status 1 when
    there are errors, or warnings with --strict; 0 otherwise. An app whose CORS setup fails to
    load is reported the same way.
    """
    profile = browser_profile(browser)  # type: ignore[arg-type]  # click.Choice: a profile's name
    try:
        app = _load_app(ctx)
    except ConfigurationError as error:
        findings = [Finding(problem, "start-up (the app failed to load)") for problem in error.problems]
        findings += installation_findings()
    else:
        with app.app_context() if isinstance(app, Flask) else contextlib.nullcontext():  # Quart's is async
            profile = browser_profile(browser, app.config)  # type: ignore[arg-type]
            findings = check_configuration(app, profile)
    errors = sum(finding.is_error for finding in findings)
    warnings = len(findings) - errors
    if as_json:
        click.echo(json.dumps([finding.to_json() for finding in findings], indent=2))
    else:
        if any(finding.code in BROWSER_MODEL_CODES for finding in findings):
            click.echo(model_note(profile) + "\n")  # these findings say what the browser will do
        for finding in findings:
            click.echo("\n".join(_finding_lines(finding)) + "\n")
        click.echo(f"{_count(errors, 'error')}, {_count(warnings, 'warning')}." if findings else "No problems found.")
    ctx.exit(1 if errors or (strict and warnings) else 0)


@cors_group.command("explain")
@click.argument("path")
@click.option("--origin", "-o", required=True, help="The calling page's origin, e.g. https://app.example.com.")
@click.option("--method", "-X", default="GET", show_default=True, help="The request method.")
@click.option(
    "--header",
    "-H",
    "headers",
    multiple=True,
    metavar="'NAME: VALUE'",
    help="A request header the page sets ('Name' alone for an empty value). Repeatable.",
)
@click.option("--credentials", is_flag=True, help="Include cookies, as fetch(url, {credentials: 'include'}).")
@click.option(
    "--cookie",
    "cookies",
    multiple=True,
    metavar="'NAME[=VALUE]; ATTRIBUTES'",
    help="A cookie the API set, as in Set-Cookie, e.g. 'session; SameSite=Lax'. Repeatable. "
    "Default with --credentials: Flask's session cookie as SESSION_COOKIE_* configure it.",
)
@click.option(
    "--login-path",
    default=None,
    metavar="PATH",
    help="Sign in first: POST to PATH (with --login-data, --login-json, --login-header) and take the cookies "
    "its answer sets, through the same cookie rules. A sign-in that fails or sets no cookie ends in "
    "'blocked by the sign-in' (exit status 4).",
)
@click.option(
    "--login-data",
    default=None,
    metavar="FORM",
    help="The sign-in's body as a form, e.g. 'user=ada&password=secret' (sent as application/x-www-form-urlencoded).",
)
@click.option(
    "--login-json", default=None, metavar="JSON", help='The sign-in\'s body as JSON, e.g. \'{"user": "ada"}\'.'
)
@click.option(
    "--login-header",
    "login_headers",
    multiple=True,
    metavar="'NAME: VALUE'",
    help="A header the page sets on the sign-in request. Repeatable.",
)
@click.option("--browser", type=click.Choice(list(PROFILES)), default=None, help=_BROWSER_HELP)
@click.option("--data", "-d", default=None, help="A request body (text).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@click.pass_context
def explain_command(
    ctx: click.Context,
    path: str,
    origin: str,
    method: str,
    headers: tuple[str, ...],
    credentials: bool,
    cookies: tuple[str, ...],
    login_path: str | None,
    login_data: str | None,
    login_json: str | None,
    login_headers: tuple[str, ...],
    browser: str | None,
    data: str | None,
    as_json: bool,
) -> None:
    """Play the browser: send PATH's preflight (when one is needed) and request, and judge them.

    Requests go through the app's test client, nothing is served. A bare PATH is requested from
    SERVER_NAME with PREFERRED_URL_SCHEME, else from http://localhost (the verdict then says so);
    a full URL (https://api.example.net/me) makes the API's site the real one. With --credentials,
    each cookie the browser holds for the API is shown as sent or not, and why, under the browser
    profile (--browser), with the browsers that decide otherwise. Prints what was sent and
    received, then the verdict. Exit status 0 when allowed, 1 when CORS blocks the call, 3 when
    CORS allows it but the browser sends none of the cookies, 4 when the sign-in (--login-path)
    failed or set no cookie.
    """
    login_options = login_data is not None or login_json is not None or bool(login_headers)
    if (cookies or login_path is not None or browser is not None) and not credentials:
        raise click.UsageError(
            "--cookie, --login-path and --browser need --credentials: without "
            "credentials: 'include' the browser sends no cookie at all."
        )
    if login_options and login_path is None:
        raise click.UsageError("--login-data, --login-json and --login-header need --login-path.")
    if login_data is not None and login_json is not None:
        raise click.UsageError("give the sign-in's body once: --login-data or --login-json.")
    app = _app()
    client = app.test_client()
    profile = browser_profile(browser, app.config)  # type: ignore[arg-type]  # click.Choice: a profile's name
    held: list[Cookie] | None = None
    login: Any = None
    login_failure: str | None = None
    try:
        if credentials and login_path is not None:
            # A relative login path goes to the same host as PATH when PATH is a full URL.
            login_url = urljoin(path, login_path) if "://" in path else login_path
            login = simulate_fetch(
                client,
                login_url,
                origin,
                "POST",
                _login_headers(login_headers, login_data),
                credentials=True,
                data=login_data,
                json=None if login_json is None else _parse_json(login_json),
                cookies=[],
                browser=profile,
            )
            # The cookies as the login's answer set them; a missing Path is the login URL's default
            # path, and a Partitioned one is kept for this page's site.
            held = [
                replace(
                    judged.cookie,
                    path=judged.cookie.path or default_path(judged.set_url),
                    partition_key=partition_key(judged.cookie, origin) if judged.stored else None,
                )
                for judged in login.set_cookies
            ]
            login_failure = _login_failure(login, login_path)
            source = f"set by POST {login_path}"
        elif cookies:
            held = [parse_cookie(cookie) for cookie in cookies]
            source = "given with --cookie"
        else:
            held = [session_cookie(app)]
            source = "Flask's session cookie, as the app writes it"
        if login_path is not None and cookies:
            held += [parse_cookie(cookie) for cookie in cookies]
            source += " and --cookie"
        result = simulate_fetch(
            client,
            path,
            origin,
            method,
            headers,
            credentials,
            data=data,
            cookies=held if credentials else [],
            browser=profile,
        )
    except ValueError as error:
        raise click.UsageError(str(error)) from None
    route = route_policy(app, urlsplit(result.request.url).path or "/", result.request.method)
    decision = None if result.allowed else policy_decision(app, result)
    # The cookies' fate depends on the API's site; CORS's does not.
    judged_cookies = bool(result.cookies or result.set_cookies)
    assumed = assumed_api_origin(app, path) if credentials and result.allowed and judged_cookies else None
    verdict = result.verdict
    if login_failure is not None and result.allowed:
        verdict = f"blocked by the sign-in: {login_failure}"
    if assumed is not None:
        verdict += f" ({assumed})"
    differences = browser_differences(result) if credentials else []
    if as_json:
        report: dict[str, Any] = {
            "policy": route.source,
            "policy_decision": decision,
            "browser_model": {
                "chromium": MODEL_VERSION,
                "verdicts_checked_on": sorted(KNOWN),
                "browser": profile.name,
            },
            **result.to_json(),
            "verdict": verdict,
            "login": None if login is None else {**login.to_json(), "failure": login_failure},
            "api_assumed": assumed,
            "across_browsers": differences,
        }
        click.echo(json.dumps(report, indent=2))
    else:
        lines = result.transcript()
        lines.insert(1, f"CORS policy: {route.source}")
        lines.insert(2, model_note(profile))
        if credentials:
            described = "; ".join(f"[{cookie.describe()}]" for cookie in held or ()) or "none"
            lines.insert(3, f"Cookies the browser holds ({source}): {described}")
        lines += ["", verdict]
        lines += [f"Across browsers: {line}" for line in differences]
        if decision is not None:
            lines.append(f"Why: {decision}")
        click.echo("\n".join(lines))
    if login_failure is not None and result.allowed:
        ctx.exit(4)
    ctx.exit(3 if result.cookies_blocked else 0 if result.allowed else 1)


def _login_headers(given: tuple[str, ...], form: str | None) -> list[str]:
    """The sign-in's headers: those given, plus the form's Content-Type unless one is given."""
    headers = list(given)
    if form is not None and not any(header.split(":", 1)[0].strip().lower() == "content-type" for header in given):
        headers.append("Content-Type: application/x-www-form-urlencoded")
    return headers


def _parse_json(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError as error:
        raise click.UsageError(f"--login-json is not JSON: {error}") from None


def _login_failure(login: Any, login_path: str) -> str | None:
    """Why the sign-in left the browser without a session, or None when it answered a success and a cookie was stored.

    A sign-in whose answer CORS blocks still has its cookies stored (browsers store them before the
    CORS check); only its page cannot read the answer.
    """
    exchanges = [exchange for exchange in login.exchanges if not exchange.request.preflight]
    status = exchanges[-1].status if exchanges else None
    if status is None:
        return f"POST {login_path} was not sent: {login.reason}"
    if status >= 400:
        said = f"POST {login_path} answered {status} {_status_phrase(status)}".rstrip()
        return said + (", and set no cookie" if not login.set_cookies else "")
    if not login.set_cookies:
        return f"POST {login_path} answered {status} but set no cookie"
    if not any(judged.stored for judged in login.set_cookies):
        return f"POST {login_path} set cookies the browser does not store: " + "; ".join(
            f"{judged.cookie.name}: {judged.store.why}" for judged in login.set_cookies
        )
    return None


def _status_phrase(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""
