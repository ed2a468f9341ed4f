"""Key management for trade (wholesale) honey accounts.

Farm shops and delis use these keys with the price-list and reorder API. Only
a digest of each key is stored; the plain key is shown once.
"""
import hashlib
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timezone

from trade.repository import TradeAccountRepository

KEY_PREFIX = "hb_live_"
KEY_BYTES = 32


def _now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class NewTradeKey:
    account_id: int
    key_id: str
    plaintext: str
    created_at: datetime = field(default_factory=_now)


class TradeAccountKeys:
    def __init__(self, repo: TradeAccountRepository):
        self.repo = repo

    @staticmethod
    def _digest(plaintext: str) -> str:
        return hashlib.sha256(plaintext.encode("utf-8")).hexdigest()

    def create(self, account_id: int) -> NewTradeKey:
        plaintext = KEY_PREFIX + secrets.token_urlsafe(KEY_BYTES)
        key_id = secrets.token_hex(4)
        self.repo.store_key(
            account_id=account_id,
            key_id=key_id,
            key_digest=self._digest(plaintext),
        )
        return NewTradeKey(account_id=account_id, key_id=key_id, plaintext=plaintext)

    def revoke_all(self, account_id: int) -> int:
        return self.repo.revoke_keys(account_id)

    def lookup(self, presented: str) -> int | None:
        if not presented.startswith(KEY_PREFIX):
            return None
        return self.repo.account_for_digest(self._digest(presented))
