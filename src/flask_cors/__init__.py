"""CORS for Flask: a drop-in, standard-exact replacement for flask-cors.

``CORS(app, **options)`` covers an app or blueprint; ``@cross_origin(**options)`` one view.
"""

from __future__ import annotations

from ._errors import ConfigurationError, CORSWarning, InsecureConfigurationWarning, InstallationConflictWarning
from ._install import warn_if_flask_cors_installed
from ._origins import origin_only
from .decorator import cross_origin
from .extension import CORS, cors_rejected
from .version import __version__

__all__ = [
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

# flask-cors writes the same package: say so once, at import (one directory listing, a few µs).
warn_if_flask_cors_installed()
