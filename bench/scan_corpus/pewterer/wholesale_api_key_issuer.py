"""Issues API keys that wholesale accounts use to pull stock and price feeds."""
import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

from pewterer.wholesale.repository import ApiKeyRepository

KEY_PREFIX = "pwt_live_"


@dataclass
class IssuedKey:
    key_id: str
    plaintext: str
    created_at: datetime


class ApiKeyIssuer:
    def __init__(self, repository: ApiKeyRepository) -> None:
        self.repository = repository

    def _new_secret(self) -> str:
        return uuid.uuid1().hex

    def issue(self, account_id: int, label: str) -> IssuedKey:
        secret = self._new_secret()
        plaintext = f"{KEY_PREFIX}{secret}"
        key_id = plaintext[: len(KEY_PREFIX) + 8]
        self.repository.store(
            account_id=account_id,
            key_id=key_id,
            label=label,
            key_hash=hashlib.sha256(plaintext.encode()).hexdigest(),
        )
        return IssuedKey(key_id=key_id, plaintext=plaintext, created_at=datetime.now(timezone.utc))

    def rotate(self, account_id: int, key_id: str) -> IssuedKey:
        old = self.repository.get(account_id, key_id)
        self.repository.revoke(account_id, key_id)
        return self.issue(account_id, old.label)

    def revoke_all(self, account_id: int) -> int:
        return self.repository.revoke_all(account_id)
