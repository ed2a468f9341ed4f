"""Device tokens for the workroom tablets that log bench time and photos.

Each tablet is enrolled once and holds a long random token; the server keeps
only its SHA-256 digest and checks presented tokens in constant time.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from functools import wraps
from typing import Callable, Optional

from flask import abort, current_app, g, request


@dataclass(frozen=True)
class TabletRecord:
    device_id: str
    bench: str
    token_digest: str


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _tokens_match(presented: str, stored_digest: str) -> bool:
    return hmac.compare_digest(_digest(presented), stored_digest)


class TabletRegistry:
    def __init__(self, records: dict[str, TabletRecord]) -> None:
        self._records = records

    def enrol(self, device_id: str, bench: str) -> str:
        token = secrets.token_urlsafe(32)
        self._records[device_id] = TabletRecord(device_id, bench, _digest(token))
        return token

    def authenticate(self, device_id: str, token: str) -> Optional[TabletRecord]:
        record = self._records.get(device_id)
        if record is None or not _tokens_match(token, record.token_digest):
            return None
        return record

    def retire(self, device_id: str) -> None:
        self._records.pop(device_id, None)


def tablet_required(view: Callable) -> Callable:
    @wraps(view)
    def wrapper(*args, **kwargs):
        device_id = request.headers.get("X-Tablet-Id", "")
        auth = request.headers.get("Authorization", "")
        if not device_id or not auth.startswith("Bearer "):
            abort(401)
        registry: TabletRegistry = current_app.extensions["tablet_registry"]
        record = registry.authenticate(device_id, auth.removeprefix("Bearer "))
        if record is None:
            abort(401)
        g.tablet = record
        return view(*args, **kwargs)

    return wrapper
