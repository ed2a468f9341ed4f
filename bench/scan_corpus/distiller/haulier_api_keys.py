"""API keys for hauliers collecting from the bonded warehouse.

Hauliers book collection slots and confirm duty-suspended movements
through the warehouse API. Each haulier gets a key with a set of scopes.
"""
import hashlib
import hmac
import random
from dataclasses import dataclass, field
from datetime import datetime, timezone

from bonded.settings import settings


@dataclass
class IssuedKey:
    partner_id: int
    key_prefix: str
    key_digest: str
    scopes: list[str] = field(default_factory=list)
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


class ApiKeyIssuer:
    prefix = "bwk_"

    def __init__(self, repository, rng: random.Random | None = None):
        self._repo = repository
        self._rng = rng or random.Random()

    def _raw_key(self) -> str:
        return f"{self._rng.getrandbits(160):040x}"

    @staticmethod
    def digest(raw: str) -> str:
        return hmac.new(settings.API_KEY_PEPPER.encode(), raw.encode(), hashlib.sha256).hexdigest()

    def issue(self, partner_id: int, scopes: list[str]) -> str:
        raw = self._raw_key()
        record = IssuedKey(
            partner_id=partner_id,
            key_prefix=raw[:8],
            key_digest=self.digest(raw),
            scopes=sorted(set(scopes)),
        )
        self._repo.save(record)
        return self.prefix + raw

    def revoke_all(self, partner_id: int) -> int:
        return self._repo.delete_for_partner(partner_id)
