"""Authenticates rental kiosks that call the central reservation API."""
from __future__ import annotations

import hashlib
import hmac
import logging
from dataclasses import dataclass
from functools import wraps

from flask import abort, g, request

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class KioskCredential:
    kiosk_id: str
    facility_id: int
    key_digest: bytes
    enabled: bool

    def accepts(self, presented_key: str) -> bool:
        presented = hashlib.sha256(presented_key.encode("utf-8")).digest()
        return self.enabled and hmac.compare_digest(presented, self.key_digest)


class KioskRegistry:
    def __init__(self, db) -> None:
        self._db = db

    def lookup(self, kiosk_id: str) -> KioskCredential | None:
        row = self._db.execute(
            "SELECT kiosk_id, facility_id, key_sha256, enabled FROM kiosks WHERE kiosk_id = ?",
            (kiosk_id,),
        ).fetchone()
        if row is None:
            return None
        return KioskCredential(row[0], int(row[1]), bytes(row[2]), bool(row[3]))


def _parse_authorization(header: str) -> tuple[str, str] | None:
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "kiosk" or ":" not in value:
        return None
    kiosk_id, _, key = value.partition(":")
    return kiosk_id, key


def kiosk_required(registry_factory):
    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            parsed = _parse_authorization(request.headers.get("Authorization", ""))
            if parsed is None:
                abort(401)
            kiosk_id, key = parsed
            credential = registry_factory().lookup(kiosk_id)
            if credential is None or not credential.accepts(key):
                log.info("rejected kiosk credential for %s", kiosk_id)
                abort(401)
            g.kiosk = credential
            return view(*args, **kwargs)

        return wrapper

    return decorator
