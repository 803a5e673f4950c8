"""flask-cors installed next to us: both write ``flask_cors/``, and the one installed last wins.

Each scenario builds a fake site-packages folder in a temporary directory: a copy of our package
plus installation records (``*.dist-info``), and for "flask-cors installed last" a stand-in
``__init__`` written here, then runs a fresh interpreter with that folder first on ``PYTHONPATH``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
from flask.cli import ScriptInfo

from flask import Flask
from flask_cors import CORS
from flask_cors._install import flask_cors_records
from flask_cors.cli import cors_group
from flask_cors.testing import check_configuration

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "flask_cors"
FIX = "pip uninstall -y flask-cors flask-crossorigin && pip install flask-crossorigin"
FOLLOW_UP = (
    "then find the dependency that requires flask-cors (pip show flask-cors: the Required-by line) and keep it "
    "from installing flask-cors again (README, 'When a dependency requires flask-cors')."
)


def record(site: Path, folder: str, name: str, version: str, *requires: str) -> None:
    """An installation record: the metadata an installer writes next to the packages."""
    (site / folder).mkdir(parents=True)
    lines = [
        "Metadata-Version: 2.1",
        f"Name: {name}",
        f"Version: {version}",
        *(f"Requires-Dist: {r}" for r in requires),
    ]
    (site / folder / "METADATA").write_text("\n".join(lines) + "\n", encoding="utf-8")


def site_with_our_package(tmp_path: Path, *, flask_cors_last: bool = False) -> Path:
    site = tmp_path / "site-packages"
    shutil.copytree(PACKAGE, site / "flask_cors", ignore=shutil.ignore_patterns("__pycache__"))
    record(site, "flask_crossorigin-0.1.0.dist-info", "flask-crossorigin", "0.1.0", "flask>=2.3")
    # Our entry points as installed from pyproject.toml: `flask cors` leads where they say.
    entry_points = metadata.distribution("flask-crossorigin").read_text("entry_points.txt")
    assert entry_points is not None
    (site / "flask_crossorigin-0.1.0.dist-info" / "entry_points.txt").write_text(entry_points, encoding="utf-8")
    if flask_cors_last:
        # A stand-in for flask-cors's own files: its __init__ imports its extension module, which
        # has nothing our modules import from it.
        (site / "flask_cors" / "__init__.py").write_text("from .extension import CORS\n", encoding="utf-8")
        (site / "flask_cors" / "extension.py").write_text("class CORS:\n    pass\n", encoding="utf-8")
    return site


def python(site: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONWARNINGS", "FLASK_APP")}
    env["PYTHONPATH"] = os.pathsep.join([str(site), str(cwd)])
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=60)


@pytest.mark.parametrize(
    ("entries", "expected"),
    [
        pytest.param(["flask_cors-6.0.5.dist-info"], ["flask_cors-6.0.5.dist-info"], id="pip-and-uv"),
        pytest.param(["Flask_Cors-3.0.10.dist-info"], ["Flask_Cors-3.0.10.dist-info"], id="older-wheel"),
        pytest.param(["Flask_Cors-3.0.10-py3.9.egg-info"], ["Flask_Cors-3.0.10-py3.9.egg-info"], id="egg"),
        pytest.param(["flask_cors.egg-info"], ["flask_cors.egg-info"], id="development-install"),
        pytest.param(["FLASK_CORS-6.0.5.DIST-INFO"], ["FLASK_CORS-6.0.5.DIST-INFO"], id="any-case"),
        pytest.param(
            ["flask_cors-6.0.5.dist-info", "flask_cors-4.0.0.dist-info"],
            ["flask_cors-4.0.0.dist-info", "flask_cors-6.0.5.dist-info"],
            id="two-versions-sorted",
        ),
        pytest.param(["flask_crossorigin-0.1.0.dist-info", "flask_cors"], [], id="ours-and-the-package"),
        pytest.param(["flask_cors_plus-1.0.dist-info", "flask_cors-6.0.5.txt"], [], id="look-alikes"),
    ],
)
def test_records_of_flask_cors_are_found_by_name(tmp_path: Path, entries: list[str], expected: list[str]) -> None:
    for entry in entries:
        (tmp_path / entry).mkdir()
    assert flask_cors_records(str(tmp_path)) == expected


def test_a_missing_folder_has_no_records(tmp_path: Path) -> None:
    assert flask_cors_records(str(tmp_path / "missing")) == []


def test_import_warns_once_with_the_fix_when_flask_cors_is_installed_next_to_us(tmp_path: Path) -> None:
    site = site_with_our_package(tmp_path)
    record(site, "flask_cors-6.0.5.dist-info", "flask-cors", "6.0.5", "flask>=0.9")
    result = python(site, "-c", "import flask_cors\nimport flask_cors.cli\nprint(flask_cors.__file__)", cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (
        0,
        f"{site / 'flask_cors' / '__init__.py'}\n",
        "<string>:1: InstallationConflictWarning: the flask-cors distribution is installed next to "
        f"flask-crossorigin (flask_cors-6.0.5.dist-info in {site}). Both install the flask_cors package, so the one "
        "installed last overwrites the other's files; flask-crossorigin's code is the one running now, but "
        "reinstalling or upgrading flask-cors replaces it, and uninstalling flask-cors alone deletes files "
        f"flask-crossorigin needs. Fix: {FIX}; {FOLLOW_UP}\n",
    )


def test_import_is_silent_without_flask_cors(tmp_path: Path) -> None:
    site = site_with_our_package(tmp_path)
    result = python(site, "-c", "import flask_cors", cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def w040_lines(site: Path, required_by: str = "") -> list[str]:
    return [
        f"cors.W040 (warning) installed in {site}",
        "    flask-cors='6.0.5': the flask-cors distribution is installed too. It installs the same flask_cors "
        f"package as flask-crossorigin, so the one installed last overwrites the other's files{required_by}.",
        f"    Fix: {FIX} (uninstalling flask-cors alone deletes files flask-crossorigin needs); {FOLLOW_UP}",
        "",
    ]


def test_check_lists_flask_cors_anywhere_on_the_path_and_who_requires_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "other-site-packages"
    record(site, "Flask_Cors-6.0.5.dist-info", "Flask-Cors", "6.0.5")
    record(site, "dashboard-2.1.dist-info", "dashboard", "2.1", "Flask_CORS>=4; extra == 'api'", "requests")
    record(site, "admin_kit-1.0.dist-info", "admin-kit", "1.0", "flask-cors")
    record(site, "unrelated-1.0.dist-info", "unrelated", "1.0", "flask-cors-extra")
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.syspath_prepend(str(site))  # the same folder twice is one finding
    app = Flask("installed", static_folder=None)
    CORS(app, origins="https://app.example")
    assert [(f.code, f.where, f.problem.value) for f in check_configuration(app)] == [
        ("cors.W040", f"installed in {site}", "6.0.5")
    ]
    result = app.test_cli_runner().invoke(cors_group, ["check"])
    assert (result.exit_code, result.stdout.splitlines()) == (
        0,
        [*w040_lines(site, "; it is required by admin-kit, dashboard"), "0 errors, 1 warning."],
    )


def test_check_is_quiet_without_flask_cors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = tmp_path / "other-site-packages"
    record(site, "flask_cors_plus-1.0.dist-info", "flask-cors-plus", "1.0", "flask-cors")
    monkeypatch.syspath_prepend(str(site))
    app = Flask("installed", static_folder=None)
    CORS(app, origins="https://app.example")
    assert check_configuration(app) == []


APP = "from flask import Flask\n\napp = Flask(__name__)\n\n@app.route('/items')\ndef items():\n    return 'items'\n"


def test_flask_cors_installed_last_makes_flask_cors_explain_instead_of_crashing(tmp_path: Path) -> None:
    site = site_with_our_package(tmp_path, flask_cors_last=True)
    record(site, "flask_cors-6.0.5.dist-info", "flask-cors", "6.0.5")
    (tmp_path / "shop.py").write_text(APP, encoding="utf-8")
    explanation = (
        f"flask-cors was installed after flask-crossorigin and has overwritten its files in {site}: import "
        "flask_cors now runs flask-cors, and the flask cors commands are unavailable. Uninstalling flask-cors alone "
        f"would delete files flask-crossorigin needs. Fix: {FIX}; {FOLLOW_UP}\n"
    )
    for args in (["cors", "check"], ["cors", "routes", "--json"], ["cors", "--help"], ["cors"]):
        result = python(site, "-m", "flask", "--app", "shop", *args, cwd=tmp_path)
        assert (result.returncode, result.stdout, result.stderr) == (1, "", explanation), args
    # The other commands keep working: Flask loads every plugin before running any command.
    result = python(site, "-m", "flask", "--app", "shop", "routes", cwd=tmp_path)
    assert (result.returncode, [line.rstrip() for line in result.stdout.splitlines()], result.stderr) == (
        0,
        [
            "Endpoint  Methods  Rule",
            "--------  -------  -----------------------",
            "items     GET      /items",
            "static    GET      /static/<path:filename>",
        ],
        "",
    )


def test_check_lists_flask_cors_also_when_the_app_fails_to_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "other-site-packages"
    record(site, "flask_cors-6.0.5.dist-info", "flask-cors", "6.0.5")
    monkeypatch.syspath_prepend(str(site))

    def create_app() -> Flask:
        app = Flask("refused")
        CORS(app, allow_headers="X-(a")
        return app

    result = Flask("runner").test_cli_runner().invoke(cors_group, ["check"], obj=ScriptInfo(create_app=create_app))
    assert (result.exit_code, result.stdout.splitlines()) == (
        1,
        [
            "cors.E005 (error) start-up (the app failed to load)",
            "    allow_headers='X-(a': not a valid regular expression (missing ), unterminated subpattern at position 2).",
            "    Fix: check the pattern, or list header names instead.",
            "",
            *w040_lines(site),
            "1 error, 1 warning.",
        ],
    )
