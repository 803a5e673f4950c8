"""Smoke test of the INSTALLED wheel, run by scripts/check_dist with a fresh virtual environment's Python.

``python dist_smoke.py STAGE [SEED]``, where STAGE is:

- ``clean``: only flask-crossorigin is installed. Runs the README's seed example (the file SEED)
  and checks its answer, a preflight and an actual request with exact headers, and
  ``flask --app … cors check``; ``import flask_cors`` is silent.
- ``flask-cors-last``: flask-cors was installed over us. ``flask cors`` explains, ``flask routes``
  still works.
- ``ours-last``: flask-crossorigin was reinstalled over flask-cors. ``import flask_cors`` warns
  once and ``flask cors check`` reports ``cors.W040``.
- ``flask-cors-uninstalled``: then ``pip uninstall flask-cors`` alone: our package is broken,
  which is why the fix uninstalls both.

Nothing here may import the repository's own code: every check is about the installed files.
"""

from __future__ import annotations

import os
import runpy
import subprocess
import sys
import sysconfig
import tempfile
import warnings
from pathlib import Path

PURELIB = os.path.realpath(sysconfig.get_paths()["purelib"])
FIX = "pip uninstall -y flask-cors flask-crossorigin && pip install flask-crossorigin"
FOLLOW_UP = (
    "then find the dependency that requires flask-cors (pip show flask-cors: the Required-by line) and keep it "
    "from installing flask-cors again (README, 'When a dependency requires flask-cors')."
)
APP = """\
from flask import Flask
from flask_cors import CORS

app = Flask(__name__)
# The page is on another site, so the session cookie must be SameSite=None; Secure to travel, and
# Partitioned where third-party cookies are blocked (the default browser profile; Flask 3.1).
app.config.update(SESSION_COOKIE_SAMESITE="None", SESSION_COOKIE_SECURE=True, SESSION_COOKIE_PARTITIONED=True)
CORS(app, resources={"/api/*": {"origins": ["https://app.example"], "supports_credentials": True, "max_age": 600}})


@app.route("/api/items", methods=["GET", "PUT"])
def items():
    return "items"
"""


def check(name: str, actual: object, expected: object) -> None:
    if actual != expected:
        sys.exit(f"dist_smoke: {name}:\n  expected {expected!r}\n  got      {actual!r}")
    print(f"ok  {name}")


def run(*args: str, cwd: Path) -> tuple[int, str, str]:
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONWARNINGS", "PYTHONPATH", "FLASK_APP")}
    result = subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=120)
    return result.returncode, result.stdout, result.stderr


def cors_headers(response: object) -> dict[str, str]:
    headers = response.headers  # type: ignore[attr-defined]
    return {k: v for k, v in headers.items() if k.startswith("Access-Control-") or k == "Vary"}


def clean(work: Path, seed: Path) -> None:
    import flask_cors

    package = os.path.realpath(flask_cors.__file__)
    check("flask_cors comes from the fresh environment", os.path.dirname(os.path.dirname(package)), PURELIB)
    from importlib import metadata

    dist = metadata.distribution("flask-crossorigin")
    check("installed version", dist.version, flask_cors.__version__)
    check("license expression", dist.metadata["License-Expression"], "MIT")
    licenses = [str(file) for file in dist.files or () if file.name == "LICENSE"]
    check("LICENSE installed with the metadata", licenses, [f"{dist._path.name}/licenses/LICENSE"])  # type: ignore[attr-defined]

    with warnings.catch_warnings(record=True) as caught:  # credentials for any origin: CORS(app) and the view
        warnings.simplefilter("always")
        seed_app = runpy.run_path(str(seed))["app"]
    check("the seed example warns", [type(w.message).__name__ for w in caught], ["InsecureConfigurationWarning"] * 2)
    response = seed_app.test_client().get("/", headers={"Origin": "https://app.example.com"})
    check("seed example: body", response.get_data(as_text=True), "Hello, World!")
    check(
        "seed example: headers",
        cors_headers(response),
        {
            "Access-Control-Allow-Origin": "https://app.example.com",
            "Access-Control-Allow-Credentials": "true",
            "Vary": "Origin",
        },
    )

    (work / "smoke_app.py").write_text(APP, encoding="utf-8")
    sys.path.insert(0, str(work))
    client = runpy.run_path(str(work / "smoke_app.py"))["app"].test_client()
    preflight = client.options(
        "/api/items",
        headers={
            "Origin": "https://app.example",
            "Access-Control-Request-Method": "PUT",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    check("preflight: status", preflight.status_code, 200)
    check(
        "preflight: headers",
        cors_headers(preflight),
        {
            "Access-Control-Allow-Origin": "https://app.example",
            "Access-Control-Allow-Credentials": "true",
            "Access-Control-Allow-Methods": "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT",
            "Access-Control-Allow-Headers": "content-type",
            "Access-Control-Max-Age": "600",
            "Vary": "Origin, Access-Control-Request-Headers",  # docs/differences.md S11
        },
    )
    actual = client.put("/api/items", headers={"Origin": "https://app.example"})
    check(
        "actual request: headers",
        cors_headers(actual),
        {
            "Access-Control-Allow-Origin": "https://app.example",
            "Access-Control-Allow-Credentials": "true",
            "Vary": "Origin",
        },
    )
    check(
        "refused origin: headers",
        cors_headers(client.get("/api/items", headers={"Origin": "https://evil.example"})),
        {"Vary": "Origin"},
    )
    check(
        "flask cors check",
        run("-m", "flask", "--app", "smoke_app", "cors", "check", cwd=work),
        (0, "No problems found.\n", ""),
    )
    check("import is silent", run("-W", "error", "-c", "import flask_cors", cwd=work), (0, "", ""))


def flask_cors_last(work: Path) -> None:
    explanation = (
        f"flask-cors was installed after flask-crossorigin and has overwritten its files in {PURELIB}: import "
        "flask_cors now runs flask-cors, and the flask cors commands are unavailable. Uninstalling flask-cors alone "
        f"would delete files flask-crossorigin needs. Fix: {FIX}; {FOLLOW_UP}\n"
    )
    check(
        "flask cors explains", run("-m", "flask", "--app", "smoke_app", "cors", "check", cwd=work), (1, "", explanation)
    )
    code, out, err = run("-m", "flask", "--app", "smoke_app", "routes", cwd=work)
    check(
        "flask routes still works",
        (code, " ".join(out.splitlines()[2].split()), err),
        (0, "items GET, PUT /api/items", ""),
    )


def ours_last(work: Path) -> None:
    record = next(name for name in os.listdir(PURELIB) if name.lower().startswith("flask_cors-"))
    warning = (
        "<string>:1: InstallationConflictWarning: the flask-cors distribution is installed next to "
        f"flask-crossorigin ({record} in {PURELIB}). Both install the flask_cors package, so the one installed last "
        "overwrites the other's files; flask-crossorigin's code is the one running now, but reinstalling or upgrading "
        "flask-cors replaces it, and uninstalling flask-cors alone deletes files flask-crossorigin needs. "
        f"Fix: {FIX}; {FOLLOW_UP}\n"
    )
    check("import warns once", run("-c", "import flask_cors; import flask_cors", cwd=work), (0, "", warning))
    code, out, _ = run("-m", "flask", "--app", "smoke_app", "cors", "check", cwd=work)
    check(
        "flask cors check reports cors.W040",
        (code, out.splitlines()[0]),
        (0, f"cors.W040 (warning) installed in {PURELIB}"),
    )


def flask_cors_uninstalled(work: Path) -> None:
    code, _, err = run("-c", "from flask_cors import CORS", cwd=work)
    check(
        "pip uninstall flask-cors alone breaks flask_cors",
        (code, err.strip().splitlines()[-1].split(":")[0]),
        (1, "ImportError"),
    )


def main() -> None:
    stage, *rest = sys.argv[1:]
    work = Path(os.environ.get("DIST_SMOKE_WORK") or tempfile.mkdtemp())
    if stage == "clean":
        clean(work, Path(rest[0]))
    elif stage == "flask-cors-last":
        flask_cors_last(work)
    elif stage == "ours-last":
        ours_last(work)
    elif stage == "flask-cors-uninstalled":
        flask_cors_uninstalled(work)
    else:
        sys.exit(f"dist_smoke: unknown stage {stage!r}")


if __name__ == "__main__":
    main()
