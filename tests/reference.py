"""The reference implementation, flask-cors 6.0.5, in a virtual environment of its own.

The two packages share the import name, so the reference never shares an interpreter with ours.
Used by the differential suite (``tests/differential``) and the benchmarks (``benchmarks/run.py``).
"""

from __future__ import annotations

import subprocess
import venv
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = "flask-cors==6.0.5"


def reference_python() -> Path:
    """The interpreter of ``.venvs/reference``, created and filled when missing or stale.

    It gets the same Flask and Werkzeug versions as the interpreter running this, so that any
    difference measured is the CORS layer's.
    """
    home = ROOT / ".venvs" / "reference"
    python = home / "bin" / "python"
    stamp = home / f".installed-{REFERENCE}-flask-{version('flask')}-werkzeug-{version('werkzeug')}"
    if not stamp.exists():
        venv.EnvBuilder(clear=True, with_pip=True).create(home)
        pins = [REFERENCE, f"flask=={version('flask')}", f"werkzeug=={version('werkzeug')}"]
        subprocess.run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", *pins], check=True)
        stamp.touch()
    return python


QUART_CORS = "quart-cors==0.8.0"


def quart_cors_python() -> Path:
    """The interpreter of ``.venvs/quart-cors``: quart-cors 0.8 on the Quart, Flask and Werkzeug versions
    of the interpreter running this (tests/quart_cors, benchmarks/run.py)."""
    home = ROOT / ".venvs" / "quart-cors"
    python = home / "bin" / "python"
    pins = [QUART_CORS, *(f"{name}=={version(name)}" for name in ("quart", "flask", "werkzeug"))]
    stamp = home / f".installed-{'-'.join(pin.replace('==', '-') for pin in pins)}"
    if not stamp.exists():
        venv.EnvBuilder(clear=True, with_pip=True).create(home)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", *pins], check=True)
        stamp.touch()
    return python
