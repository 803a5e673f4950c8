"""Where the ``quart.commands`` entry point leads: ``quart cors``, the same commands as ``flask cors``.

Quart's CLI loads this module only when the ``quart`` command starts. ``quart cors routes``,
``quart cors check`` and ``quart cors explain`` take the options of their ``flask cors`` twins
(:mod:`flask_cors.cli`) and answer the same, for the app ``--app`` or ``QUART_APP`` names. When
flask-cors has overwritten the package, the stand-in of :mod:`flask_cors.plugin` explains the fix.

.. versionadded:: 0.2
"""

from __future__ import annotations

import click

from . import _install

cors_group: click.Command
if _install.initialised:
    from quart.cli import AppGroup

    from .cli import quart_commands

    cors_group = quart_commands(AppGroup("cors", help="Show, check and explain the CORS setup of the app (read-only)."))
else:
    from .plugin import cors_group

__all__ = ["cors_group"]
