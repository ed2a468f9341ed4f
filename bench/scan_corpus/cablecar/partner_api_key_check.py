"""API-key authentication for tourism partners who resell season passes."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from functools import wraps
from typing import Callable, Optional

from flask import abort, g, request


@dataclass(frozen=True)
class PartnerKey:
    partner_id: str
    key_prefix: str
    key_sha256: str
    active: bool = True


class PartnerKeyStore:
    def __init__(self, db) -> None:
        self._db = db

    def by_prefix(self, prefix: str) -> Optional[PartnerKey]:
        row = self._db.execute(
            "SELECT partner_id, key_prefix, key_sha256, active FROM partner_keys WHERE key_prefix = ?",
            (prefix,),
        ).fetchone()
        return PartnerKey(*row) if row else None


def _split(presented: str) -> tuple[str, str]:
    prefix, _, _ = presented.partition(".")
    return prefix, presented


def authenticate(store: PartnerKeyStore, presented: str) -> Optional[str]:
    prefix, full = _split(presented)
    record = store.by_prefix(prefix)
    if record is None or not record.active:
        return None
    presented_hash = hashlib.sha256(full.encode()).hexdigest()
    if hmac.compare_digest(presented_hash, record.key_sha256):
        return record.partner_id
    return None


def partner_required(store_factory: Callable[[], PartnerKeyStore]):
    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            presented = request.headers.get("X-Partner-Key", "")
            partner_id = authenticate(store_factory(), presented) if presented else None
            if partner_id is None:
                abort(401)
            g.partner_id = partner_id
            return view(*args, **kwargs)

        return wrapper

    return decorator
