"""The shape of the package: a framework-free core and a small public surface."""

from __future__ import annotations

import subprocess
import sys

import flask_cors


def test_core_imports_no_flask_or_werkzeug() -> None:
    code = (
        "import sys\n"
        "import flask_cors._policy, flask_cors._resources, flask_cors._origins, flask_cors._headers, flask_cors._cookies\n"
        "import flask_cors._sites, flask_cors._probe, flask_cors._checks\n"
        "import flask_cors._install  # also used by the `flask cors` entry point when flask-cors replaced the rest\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('flask', 'werkzeug'))\n"
        "print(loaded)\n"
    )
    # Import the core without running flask_cors/__init__ (which imports the Flask adapter).
    bootstrap = (
        "import importlib.util, sys, types, pathlib\n"
        f"root = pathlib.Path({str(flask_cors.__file__)!r}).parent\n"
        "pkg = types.ModuleType('flask_cors'); pkg.__path__ = [str(root)]; sys.modules['flask_cors'] = pkg\n"
    )
    result = subprocess.run([sys.executable, "-c", bootstrap + code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_serving_requests_loads_neither_the_cookie_model_nor_the_public_suffix_list() -> None:
    """The cookie model serves the CLI, the testing helpers and the checks, never the request path.

    Start-up loads it (standard library only) to check the session cookie of a policy with
    credentials, and nothing else; the public-suffix list, never. After start-up the test forgets
    the module and watches imports: serving requests must not ask for it again.
    """
    code = (
        "import sys, warnings\n"
        "from flask import Flask\n"
        "from flask_cors import CORS, cross_origin\n"
        "def loaded():\n"
        "    return sorted(m for m in sys.modules if m == 'flask_cors._cookies' or m.startswith('publicsuffixlist'))\n"
        "plain = Flask('p')\n"
        "CORS(plain, origins=['https://app.example.net'])\n"
        "plain.test_client().get('/', headers={'Origin': 'https://app.example.net'})\n"
        "print(loaded())\n"
        "app = Flask('a')\n"
        "app.config.update(SESSION_COOKIE_SAMESITE='None', SESSION_COOKIE_SECURE=True)\n"
        "CORS(app, origins=['https://app.example.net'], supports_credentials=True)\n"
        "app.add_url_rule('/v', 'v', cross_origin(supports_credentials=True, origins=['https://a.example'])(lambda: 'v'))\n"
        "print(loaded())\n"
        "asked = []\n"
        "class Watch:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'flask_cors._cookies' or name.startswith('publicsuffixlist'):\n"
        "            asked.append(name)\n"
        "        return None\n"
        "sys.modules.pop('flask_cors._cookies')\n"
        "delattr(sys.modules['flask_cors'], '_cookies')\n"
        "sys.meta_path.insert(0, Watch())\n"
        "client = app.test_client()\n"
        "client.get('/', headers={'Origin': 'https://app.example.net'})\n"
        "client.get('/v', headers={'Origin': 'https://a.example'})\n"
        "client.options('/', headers={'Origin': 'https://app.example.net', 'Access-Control-Request-Method': 'PUT'})\n"
        "print(asked)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.splitlines() == ["[]", "['flask_cors._cookies']", "[]"]


def test_public_surface() -> None:
    assert flask_cors.__all__ == [
        "CORS",
        "CORSWarning",
        "ConfigurationError",
        "InsecureConfigurationWarning",
        "InstallationConflictWarning",
        "__version__",
        "cors_rejected",
        "cross_origin",
        "origin_only",
    ]
    assert issubclass(flask_cors.ConfigurationError, ValueError)
    assert issubclass(flask_cors.InsecureConfigurationWarning, flask_cors.CORSWarning)
    assert issubclass(flask_cors.InstallationConflictWarning, flask_cors.CORSWarning)
    assert issubclass(flask_cors.CORSWarning, UserWarning)


def test_version_is_exposed_in_both_legacy_places() -> None:
    from flask_cors.version import __version__

    assert flask_cors.__version__ == __version__
    assert __version__.count(".") == 2


def test_flask_apps_never_import_quart() -> None:
    """Quart is installed here (the tests group), yet a Flask app's start-up, requests, decorated
    views, CLI, checks and testing helpers never import it, nor the Quart adapter."""
    code = (
        "import sys, warnings\n"
        "warnings.simplefilter('ignore')\n"
        "from flask import Flask\n"
        "from flask_cors import CORS, cross_origin\n"
        "import flask_cors.testing, flask_cors.cli, flask_cors.checks, flask_cors.routes, flask_cors.websocket\n"
        "app = Flask('a')\n"
        "CORS(app, origins=['https://app.example.net'])\n"
        "app.add_url_rule('/v', 'v', cross_origin(origins=['https://a.example'])(lambda: 'v'))\n"
        "async def view():\n"
        "    return 'async'\n"
        "app.add_url_rule('/av', 'av', cross_origin(origins=['https://a.example'])(view))\n"
        "client = app.test_client()\n"
        "for path in ('/', '/v', '/av'):\n"
        "    client.get(path, headers={'Origin': 'https://a.example'})\n"
        "    client.options(path, headers={'Origin': 'https://a.example', 'Access-Control-Request-Method': 'PUT'})\n"
        "flask_cors.testing.check_configuration(app)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'quart' or m == 'flask_cors._quart'))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
