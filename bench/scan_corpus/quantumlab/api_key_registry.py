"""Registry of service API keys used by lab automation (calibration bots,
CI pipelines that submit benchmark jobs).

Keys are 256-bit random values; only their SHA-256 digest is persisted so a
database leak does not expose usable credentials.
"""
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

KEY_PREFIX = "qsk_"


@dataclass
class ServiceKey:
    key_id: str
    owner: str
    digest: str
    created_at: datetime
    revoked: bool = False


def _digest(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode("ascii")).hexdigest()


class ApiKeyRegistry:
    def __init__(self, store):
        self._store = store

    def create(self, owner: str) -> tuple[str, ServiceKey]:
        key_id = secrets.token_hex(6)
        raw = f"{KEY_PREFIX}{key_id}_{secrets.token_urlsafe(32)}"
        record = ServiceKey(key_id, owner, _digest(raw), datetime.now(timezone.utc))
        self._store.save(record)
        return raw, record

    def verify(self, presented: str) -> ServiceKey | None:
        try:
            key_id = presented.removeprefix(KEY_PREFIX).split("_", 1)[0]
        except (AttributeError, IndexError):
            return None
        record = self._store.get(key_id)
        if record is None or record.revoked:
            return None
        if not hmac.compare_digest(record.digest, _digest(presented)):
            return None
        return record

    def revoke(self, key_id: str) -> None:
        record = self._store.get(key_id)
        if record:
            record.revoked = True
            self._store.save(record)
