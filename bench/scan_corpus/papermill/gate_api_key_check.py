"""API key check for the weighbridge terminals that post truck weights to the mill yard system."""
from __future__ import annotations

import hashlib
import hmac
import os
from functools import wraps

from flask import abort, g, request


class TerminalKeyring:
    """Holds SHA-256 digests of the keys provisioned to each weighbridge terminal."""

    def __init__(self, digests: dict[str, str]) -> None:
        self._digests = digests

    @classmethod
    def from_env(cls, var: str = "WEIGHBRIDGE_KEY_DIGESTS") -> "TerminalKeyring":
        pairs = (item.split(":", 1) for item in os.environ.get(var, "").split(",") if ":" in item)
        return cls({terminal: digest for terminal, digest in pairs})

    @staticmethod
    def _digest(presented: str) -> str:
        return hashlib.sha256(presented.encode("utf-8")).hexdigest()

    def accepts(self, terminal_id: str, presented: str) -> bool:
        expected = self._digests.get(terminal_id)
        if expected is None:
            return False
        return hmac.compare_digest(self._digest(presented), expected)


keyring = TerminalKeyring.from_env()


def terminal_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        terminal_id = request.headers.get("X-Terminal-Id", "")
        presented = request.headers.get("X-Terminal-Key", "")
        if not keyring.accepts(terminal_id, presented):
            abort(401)
        g.terminal_id = terminal_id
        return view(*args, **kwargs)
    return wrapper
