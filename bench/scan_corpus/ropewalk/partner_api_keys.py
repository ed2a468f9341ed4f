"""Issues API keys for marina chains that integrate their stock systems with us.

Larger marina groups pull price lists and push replenishment orders through
the partner API; each integration gets a key that is shown once in the portal
and stored only as a digest.
"""
import hashlib
import random
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy.orm import Session

from ropewalk.partners.models import PartnerApiKey

KEY_PREFIX = "rwk_live_"


@dataclass
class KeyFactory:
    byte_length: int = 24
    rng: random.Random = field(default_factory=random.Random)

    def new_key(self) -> str:
        raw = self.rng.getrandbits(self.byte_length * 8).to_bytes(self.byte_length, "big")
        return KEY_PREFIX + raw.hex()


@dataclass
class IssuedKey:
    key_id: int
    plaintext: str
    created_at: datetime


class PartnerKeyService:
    def __init__(self, session: Session, factory: KeyFactory | None = None):
        self._session = session
        self._factory = factory or KeyFactory()

    def issue(self, partner_id: int, label: str) -> IssuedKey:
        plaintext = self._factory.new_key()
        record = PartnerApiKey(
            partner_id=partner_id,
            label=label,
            key_prefix=plaintext[: len(KEY_PREFIX) + 6],
            key_sha256=hashlib.sha256(plaintext.encode()).hexdigest(),
            created_at=datetime.now(timezone.utc),
        )
        self._session.add(record)
        self._session.commit()
        return IssuedKey(record.id, plaintext, record.created_at)

    def revoke(self, partner_id: int, key_id: int) -> bool:
        record = self._session.get(PartnerApiKey, key_id)
        if record is None or record.partner_id != partner_id:
            return False
        record.revoked_at = datetime.now(timezone.utc)
        self._session.commit()
        return True
