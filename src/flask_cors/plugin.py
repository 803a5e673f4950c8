"""Where the ``flask.commands`` entry point leads: the ``flask cors`` commands, or why they are gone.

Flask loads every plugin command whenever its CLI starts, and an exception there stops every
``flask`` command, ``flask run`` included. When flask-cors was installed after flask-crossorigin,
its ``__init__`` runs instead of ours and our commands cannot import what they need, so this module
offers a stand-in ``flask cors`` that explains the situation and the fix instead.

.. versionadded:: 0.1
"""

from __future__ import annotations

import click

from . import _install

if _install.initialised:
    from .cli import cors_group
else:

    @click.command(
        "cors",
        context_settings={"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []},
        short_help="Unavailable: flask-cors has overwritten flask-crossorigin (run it for the fix).",
    )
    def cors_group() -> None:
        """Explain that flask-cors has overwritten flask-crossorigin, and how to repair it; exit 1."""
        click.echo(_install.replaced_message(), err=True)
        raise SystemExit(1)


__all__ = ["cors_group"]
