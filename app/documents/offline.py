"""Keep the PDF signing library offline (and quick to load).

Advisor Desk seals and verifies without a network: no timestamp server, no OCSP/CRL
fetching. pyHanko imports aiohttp at start for those network clients; loading it costs
~0.3 s of every ``advisor-desk verify``. :func:`install` puts a stand-in in its place
before pyHanko loads, so the clients can be defined but any attempt to use the network
fails loudly instead of connecting.
"""

from __future__ import annotations

import sys
import types
from typing import Any, NoReturn


class NetworkDisabled(RuntimeError):
    """Something tried to reach the network from the PDF signing library."""


def _refuse(what: str) -> NoReturn:
    raise NetworkDisabled(f"Advisor Desk works offline; {what} was not used")


class _Refused:
    """Stands in for any aiohttp name: fine to mention, an error to use."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __call__(self, *_args: Any, **_kwargs: Any) -> NoReturn:
        _refuse(f"aiohttp.{self._name}")

    def __getattr__(self, name: str) -> _Refused:
        if name.startswith("__"):
            raise AttributeError(name)
        return _Refused(f"{self._name}.{name}")

    def __or__(self, other: Any) -> Any:  # used in annotations: ``aiohttp.X | Y``
        return Any

    def __ror__(self, other: Any) -> Any:
        return Any

    def __mro_entries__(self, _bases: tuple[Any, ...]) -> tuple[type, ...]:
        return (Exception,)  # only exception classes are subclassed from aiohttp


class _OfflineAiohttp(types.ModuleType):
    def __getattr__(self, name: str) -> _Refused:
        if name.startswith("__"):
            raise AttributeError(name)
        return _Refused(name)


def install() -> None:
    """Put the offline stand-in in place unless the real aiohttp is already loaded."""
    if "aiohttp" not in sys.modules:
        sys.modules["aiohttp"] = _OfflineAiohttp("aiohttp")
