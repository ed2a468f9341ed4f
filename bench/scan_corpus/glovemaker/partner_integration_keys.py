"""API keys for distributor system integrations.

Larger distributors push purchase orders for work gloves straight from their
ERP.  Each integration gets a key shown once to the distributor's admin.
"""
import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import List

KEY_PREFIX = "gmk_"
KEY_BODY_LENGTH = 40
_KEY_ALPHABET = string.ascii_letters + string.digits

_rng = random.Random()


@dataclass
class IssuedKey:
    partner_id: int
    key_id: str
    secret: str
    scopes: List[str] = field(default_factory=list)
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def display(self) -> str:
        return f"{KEY_PREFIX}{self.key_id}_{self.secret}"


class PartnerKeyIssuer:
    DEFAULT_SCOPES = ("orders:write", "catalogue:read")

    def __init__(self, repo):
        self.repo = repo

    def _random_string(self, length: int) -> str:
        return "".join(_rng.choice(_KEY_ALPHABET) for _ in range(length))

    def issue(self, partner_id: int, scopes=DEFAULT_SCOPES) -> IssuedKey:
        key = IssuedKey(
            partner_id=partner_id,
            key_id=self.repo.next_key_id(partner_id),
            secret=self._random_string(KEY_BODY_LENGTH),
            scopes=list(scopes),
        )
        self.repo.save_key(key)
        return key

    def rotate(self, partner_id: int, old_key_id: str) -> IssuedKey:
        old = self.repo.get_key(partner_id, old_key_id)
        if old is None:
            raise KeyError(old_key_id)
        new_key = self.issue(partner_id, old.scopes)
        self.repo.schedule_revocation(partner_id, old_key_id, hours=24)
        return new_key
