"""The documentation stays true: generated pages are current, every page is on the site, examples run."""

from __future__ import annotations

import importlib.util
import re
import warnings
from pathlib import Path
from types import ModuleType

import pytest

from flask import Flask
from flask_cors._options import OPTION_TABLE
from tests.helpers import cors_headers, get, preflight

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
FENCE = re.compile(r"^```python\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def _options_doc() -> ModuleType:
    spec = importlib.util.spec_from_file_location("options_doc", ROOT / "scripts" / "options_doc.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_option_reference_and_readme_table_are_generated_from_the_option_table() -> None:
    assert _options_doc().main(["--check"]) == 0, "run .venv/bin/python scripts/options_doc.py"


def test_cookie_rules_page_is_generated_from_the_cases_chromium_judges() -> None:
    spec = importlib.util.spec_from_file_location("cookies_doc", ROOT / "scripts" / "cookies_doc.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--check"]) == 0, "run .venv/bin/python scripts/cookies_doc.py"


def test_every_option_has_a_summary_and_a_doc() -> None:
    assert [spec.name for spec in OPTION_TABLE if not spec.summary or not spec.doc] == []


def test_every_page_is_in_the_site_navigation() -> None:
    nav = re.findall(r"^  - [^:]+: (\S+\.md)$", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.MULTILINE)
    pages = sorted(path.relative_to(DOCS).as_posix() for path in DOCS.rglob("*.md"))
    assert sorted(nav) == pages


def blocks(page: str) -> list[str]:
    return FENCE.findall((DOCS / page).read_text(encoding="utf-8"))


def run_block(code: str) -> dict[str, object]:
    namespace: dict[str, object] = {"__name__": "docs_example"}
    with warnings.catch_warnings(record=True):  # the credentials-with-any-origin example warns, as documented
        warnings.simplefilter("always")
        exec(compile(code, "<docs>", "exec"), namespace)
    return namespace


@pytest.mark.parametrize("page", ["index.md", "quickstart.md", "quart.md"])
def test_examples_run(page: str) -> None:
    found = blocks(page)
    assert found
    for code in found:
        run_block(code)


def test_index_example_gives_a_credentialed_answer() -> None:
    app = run_block(blocks("index.md")[0])["app"]
    assert isinstance(app, Flask)
    response = get(app.test_client(), "/", "https://app.example.com")
    assert response.get_data(as_text=True) == "Hello, World!"
    assert cors_headers(response) == {
        "Access-Control-Allow-Origin": "https://app.example.com",
        "Access-Control-Allow-Credentials": "true",
        "Vary": "Origin",
    }


def quickstart_app(heading: str, path: str = "/api/items") -> Flask:
    """The app of the first example under ``## heading`` in quickstart.md, plus a route at ``path``."""
    text = (DOCS / "quickstart.md").read_text(encoding="utf-8")
    section = text.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]
    app = run_block(FENCE.findall(section)[0])["app"]
    assert isinstance(app, Flask)
    app.add_url_rule(path, "added", lambda: "added", methods=["GET", "PUT"])
    return app


def test_quickstart_any_origin() -> None:
    client = quickstart_app("Every route, any origin").test_client()
    assert cors_headers(get(client, "/api/items", "https://app.example.com")) == {
        "Access-Control-Allow-Origin": "https://app.example.com",
        "Vary": "Origin",
    }
    response = preflight(client, "/api/items", "https://app.example.com", "PUT", "x-token")
    assert response.status_code == 200
    assert cors_headers(response) == {
        "Access-Control-Allow-Origin": "https://app.example.com",
        "Access-Control-Allow-Methods": "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT",
        "Access-Control-Allow-Headers": "x-token",
        "Vary": "Origin, Access-Control-Request-Headers",
    }


def test_quickstart_front_end_with_cookies() -> None:
    client = quickstart_app("Only your front end, with cookies").test_client()
    assert cors_headers(get(client, "/api/items", "https://app.example.com")) == {
        "Access-Control-Allow-Origin": "https://app.example.com",
        "Access-Control-Allow-Credentials": "true",
        "Vary": "Origin",
    }
    assert cors_headers(get(client, "/api/items", "https://evil.example")) == {"Vary": "Origin"}


def test_quickstart_part_of_the_app() -> None:
    app = quickstart_app("Only part of the app")
    app.add_url_rule("/api/public/status", "status", lambda: "up")
    app.add_url_rule("/admin", "admin", lambda: "admin")
    client = app.test_client()
    assert cors_headers(get(client, "/api/items", "https://evil.example")) == {"Vary": "Origin"}
    assert cors_headers(get(client, "/api/public/status", "https://evil.example")) == {
        "Access-Control-Allow-Origin": "https://evil.example",
        "Vary": "Origin",
    }
    assert cors_headers(get(client, "/admin", "https://app.example.com")) == {}


def test_quickstart_blueprint_and_factory() -> None:
    client = quickstart_app("Blueprints and application factories", path="/page").test_client()
    assert cors_headers(get(client, "/api/items", "https://app.example.com")) == {
        "Access-Control-Allow-Origin": "https://app.example.com",
        "Vary": "Origin",
    }
    assert cors_headers(get(client, "/api/items", "https://www.example.com")) == {"Vary": "Origin"}
    assert cors_headers(get(client, "/page", "https://www.example.com")) == {
        "Access-Control-Allow-Origin": "https://www.example.com",
        "Vary": "Origin",
    }


# The README is also the package index's project page, where a relative link leads nowhere.
LINK_TARGETS = [
    re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]*)"),  # [text](target), ![alt](target)
    re.compile(r"^\s*\[[^\]]+\]:\s*<?(\S*?)>?(?:\s|$)", re.MULTILINE),  # [label]: target
    re.compile(r"""<(?:a|img|source)\b[^>]*?\b(?:href|src|srcset)\s*=\s*["']?([^"'\s>]*)""", re.IGNORECASE),
]
CODE = re.compile(r"^(`{3,}|~{3,}).*?^\1[ \t]*$|`[^`\n]+`", re.MULTILINE | re.DOTALL)


def link_targets(markdown: str) -> list[str]:
    """Every link and image target of a Markdown text, outside code blocks and code spans."""
    text = CODE.sub("", markdown)
    return [target for pattern in LINK_TARGETS for target in pattern.findall(text)]


def project_urls() -> dict[str, str]:
    """``[project.urls]`` of pyproject.toml (read without tomllib, which Python 3.9 and 3.10 lack)."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    table = text.split("\n[project.urls]\n", 1)[1].split("\n[", 1)[0]
    return dict(re.findall(r'^(\w+) = "([^"]+)"$', table, re.MULTILINE))


def test_link_targets_finds_every_kind_of_link() -> None:
    markdown = (
        '[a](docs/a.md) ![b](img/b.png "title")\n[c]: ../c.md\n[d]: <d.md>\n'
        '<a href="e.md">e</a> <img src=f.png> `[g](g.md)`\n```\n[h](h.md)\n```\n'
    )
    assert sorted(link_targets(markdown)) == ["../c.md", "d.md", "docs/a.md", "e.md", "f.png", "img/b.png"]


def test_readme_links_are_absolute_and_lead_to_pages_and_files_that_exist() -> None:
    urls = project_urls()
    site = re.search(r"^site_url: (\S+)$", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.MULTILINE)
    assert site is not None and site.group(1).startswith(urls["Documentation"])
    files = f"{urls['Source']}/blob/main/"
    assert urls["Changelog"] == f"{files}CHANGELOG.md" and urls["Issues"] == f"{urls['Source']}/issues"
    relative, missing = [], []
    for target in link_targets((ROOT / "README.md").read_text(encoding="utf-8")):
        if not target.startswith("https://"):
            relative.append(target)
        elif target.startswith(site.group(1)):
            page = target[len(site.group(1)) :].split("#")[0].rstrip("/") or "index"
            if not (DOCS / f"{page}.md").is_file():
                missing.append(target)
        elif target.startswith(files) and not (ROOT / target[len(files) :].split("#")[0]).exists():
            missing.append(target)
    assert (relative, missing) == ([], [])


def test_api_reference_documents_every_public_name() -> None:
    import flask_cors

    documented = re.findall(r"^::: ([\w.]+)$", (DOCS / "api.md").read_text(encoding="utf-8"), re.MULTILINE)
    public = [f"flask_cors.{name}" for name in flask_cors.__all__ if name != "__version__"]
    assert sorted(documented) == sorted([*public, "flask_cors.testing"])
