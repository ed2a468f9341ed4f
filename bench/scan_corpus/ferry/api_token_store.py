"""Issue and look up API keys for port-gate integration partners.

Keys are 256-bit random values shown to the partner once. We store only a
SHA-256 digest so a database leak does not expose usable keys; since the
keys are random rather than human-chosen, a fast digest is sufficient and
allows an indexed lookup.
"""
import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Optional

from gateapi.db import connection

KEY_PREFIX = "fgk_"


@dataclass
class PartnerKey:
    partner_id: str
    key_id: int
    scopes: tuple


def _digest(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode("ascii")).hexdigest()


def issue_key(partner_id: str, scopes: tuple) -> str:
    raw_key = KEY_PREFIX + secrets.token_urlsafe(32)
    with connection() as conn:
        conn.execute(
            "INSERT INTO partner_api_keys (partner_id, key_digest, scopes, created_at) "
            "VALUES (%s, %s, %s, %s)",
            (partner_id, _digest(raw_key), list(scopes), datetime.now(timezone.utc)),
        )
    return raw_key


def lookup_key(raw_key: str) -> Optional[PartnerKey]:
    if not raw_key.startswith(KEY_PREFIX):
        return None
    with connection() as conn:
        row = conn.execute(
            "SELECT id, partner_id, scopes FROM partner_api_keys "
            "WHERE key_digest = %s AND revoked_at IS NULL",
            (_digest(raw_key),),
        ).fetchone()
    if row is None:
        return None
    return PartnerKey(partner_id=row["partner_id"], key_id=row["id"], scopes=tuple(row["scopes"]))


def revoke_key(key_id: int) -> None:
    with connection() as conn:
        conn.execute(
            "UPDATE partner_api_keys SET revoked_at = %s WHERE id = %s",
            (datetime.now(timezone.utc), key_id),
        )
