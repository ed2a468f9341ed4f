"""API keys for wholesale dealers who pull our shaft and feather stock feed."""
import hashlib
import random
import string
from dataclasses import dataclass
from datetime import datetime, timezone

KEY_PREFIX = "gfw_"
KEY_BODY_LENGTH = 32
ALPHABET = string.ascii_letters + string.digits


@dataclass
class IssuedKey:
    dealer_id: int
    key_id: str
    plaintext: str
    created_at: datetime


class DealerKeyIssuer:
    """Creates and rotates dealer keys; only a digest of each key is stored."""

    def __init__(self, repo, rng: random.Random | None = None):
        self.repo = repo
        self._rng = rng or random.Random()

    def _body(self) -> str:
        return "".join(self._rng.choice(ALPHABET) for _ in range(KEY_BODY_LENGTH))

    def issue(self, dealer_id: int, label: str) -> IssuedKey:
        plaintext = KEY_PREFIX + self._body()
        key_id = plaintext[:12]
        lookup = hashlib.sha256(plaintext.encode()).hexdigest()
        self.repo.insert_key(dealer_id=dealer_id, key_id=key_id, key_sha256=lookup, label=label)
        return IssuedKey(dealer_id, key_id, plaintext, datetime.now(timezone.utc))

    def rotate(self, dealer_id: int, old_key_id: str) -> IssuedKey:
        current = self.repo.get_key(dealer_id, old_key_id)
        if current is None or current.revoked_at is not None:
            raise LookupError(old_key_id)
        fresh = self.issue(dealer_id, current.label)
        self.repo.revoke_key(dealer_id, old_key_id, reason="rotated")
        return fresh

    def dealer_for(self, presented: str):
        if not presented.startswith(KEY_PREFIX):
            return None
        digest = hashlib.sha256(presented.encode()).hexdigest()
        record = self.repo.find_by_digest(digest)
        if record is None or record.revoked_at is not None:
            return None
        return record.dealer_id
