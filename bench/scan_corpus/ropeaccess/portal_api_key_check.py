"""API-key authentication for client integrations with the portal.

Some clients pull job status and certificate expiry into their own CAFM
systems. Each integration has a key of the form ``rpk_<prefix>_<secret>``;
only a SHA-256 digest of the full key is stored.
"""
from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from functools import wraps

from flask import abort, current_app, g, request


@dataclass
class IntegrationKey:
    prefix: str
    client_id: int
    key_digest: str
    revoked: bool


def _digest(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode("utf-8")).hexdigest()


def _split(raw_key: str) -> tuple[str, str] | None:
    parts = raw_key.split("_")
    if len(parts) != 3 or parts[0] != "rpk":
        return None
    return parts[1], parts[2]


def authenticate(raw_key: str) -> IntegrationKey | None:
    split = _split(raw_key)
    if split is None:
        return None
    prefix, _ = split
    record: IntegrationKey | None = current_app.extensions["integration_keys"].by_prefix(prefix)
    if record is None or record.revoked:
        return None
    if record.prefix == prefix and hmac.compare_digest(record.key_digest, _digest(raw_key)):
        return record
    return None


def require_integration_key(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        key = authenticate(request.headers.get("X-Api-Key", ""))
        if key is None:
            abort(401)
        g.integration_client_id = key.client_id
        return view(*args, **kwargs)

    return wrapper
