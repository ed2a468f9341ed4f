"""Per-device API key check for handheld ticket scanners."""
from __future__ import annotations

import json
import os
import secrets
from functools import lru_cache

from flask import abort, g, request


@lru_cache(maxsize=1)
def _device_keys() -> dict[str, str]:
    """Device id -> key, provisioned by the MDM into a mounted secrets file."""
    with open(os.environ["SCANNER_KEYS_FILE"], encoding="utf-8") as fh:
        return json.load(fh)


def authenticate_scanner() -> str:
    device_id = request.headers.get("X-Device-Id", "")
    presented = request.headers.get("X-Device-Key", "")
    expected = _device_keys().get(device_id)
    if expected is None or not presented:
        abort(401)
    if not secrets.compare_digest(presented.encode(), expected.encode()):
        abort(401)
    g.scanner_id = device_id
    return device_id


def register(app) -> None:
    @app.before_request
    def _require_scanner_key():
        if request.path.startswith("/scan/"):
            authenticate_scanner()
