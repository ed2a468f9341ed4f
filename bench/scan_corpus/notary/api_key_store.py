"""Issues and checks API keys for partner integrations.

Keys are 256-bit random values shown once at creation; only a digest is
stored, indexed so the lookup on each request is a single row fetch.
"""
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

KEY_PREFIX = "ntk_"


@dataclass
class IssuedKey:
    key_id: str
    plaintext: str


def _digest(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode("ascii")).hexdigest()


def issue_key(repo, partner_id: int, label: str) -> IssuedKey:
    key_id = secrets.token_hex(6)
    raw = f"{KEY_PREFIX}{key_id}_{secrets.token_urlsafe(32)}"
    repo.insert(
        key_id=key_id,
        partner_id=partner_id,
        label=label,
        key_digest=_digest(raw),
        created_at=datetime.now(timezone.utc),
    )
    return IssuedKey(key_id=key_id, plaintext=raw)


def authenticate(repo, presented: str):
    if not presented.startswith(KEY_PREFIX):
        return None
    key_id = presented[len(KEY_PREFIX):].split("_", 1)[0]
    row = repo.get_active(key_id)
    if row is None:
        return None
    if not hmac.compare_digest(row.key_digest, _digest(presented)):
        return None
    repo.touch(key_id)
    return row.partner_id
