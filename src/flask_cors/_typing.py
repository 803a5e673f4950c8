"""Names for the shapes options accept, and the typed keyword options of CORS and cross_origin."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import timedelta
from typing import Callable, TypedDict, Union

#: One origin: an exact origin, a wildcard or regex string, a compiled pattern, or a predicate.
OriginItem = Union[str, "re.Pattern[str]", Callable[[str], bool]]
OriginsOption = Union[OriginItem, Iterable[OriginItem]]
#: A header name, ``*``, or a pattern (for allow_headers).
HeadersOption = Union[str, "re.Pattern[str]", Iterable[Union[str, "re.Pattern[str]"]]]
MethodsOption = Union[str, Iterable[str]]
MaxAgeOption = Union[int, str, timedelta, None]
PathPattern = Union[str, "re.Pattern[str]"]
ResourcesOption = Union[PathPattern, Iterable[PathPattern], Mapping[PathPattern, "CrossOriginOptions"]]


class CrossOriginOptions(TypedDict, total=False):
    """Keyword options of :func:`~flask_cors.cross_origin` (and of each resource)."""

    origins: OriginsOption
    methods: MethodsOption
    expose_headers: Union[str, Iterable[str], None]
    allow_headers: HeadersOption
    supports_credentials: bool
    max_age: MaxAgeOption
    send_wildcard: bool
    vary_header: bool
    automatic_options: bool
    always_send: bool
    intercept_exceptions: bool
    allow_private_network: bool
    guard_websockets: bool


class CORSOptions(CrossOriginOptions, total=False):
    """Keyword options of :class:`~flask_cors.CORS` and :meth:`~flask_cors.CORS.init_app`."""

    resources: ResourcesOption
