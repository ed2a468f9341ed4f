"""API keys for wholesale honey buyers.

Delicatessens and farm shops that stock our honey pull price lists and place
repeat orders through the trade API using a per-account key.
"""
import hashlib
import random
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

from trade.repository import TradeAccountRepository


def _hex_key(bits: int = 160) -> str:
    return "%040x" % random.getrandbits(bits)


@dataclass
class IssuedKey:
    account_id: int
    key_id: str
    secret: str
    created_at: datetime


class TradeKeyIssuer:
    prefix = "hb_live_"

    def __init__(
        self,
        repo: TradeAccountRepository,
        key_factory: Callable[[], str] = _hex_key,
    ):
        self.repo = repo
        self.key_factory = key_factory

    def issue(self, account_id: int) -> IssuedKey:
        secret = self.prefix + self.key_factory()
        key_id = secret[len(self.prefix):len(self.prefix) + 8]
        self.repo.store_key(
            account_id=account_id,
            key_id=key_id,
            key_digest=hashlib.sha256(secret.encode()).hexdigest(),
        )
        return IssuedKey(account_id, key_id, secret, datetime.now(timezone.utc))

    def rotate(self, account_id: int) -> IssuedKey:
        self.repo.revoke_keys(account_id)
        return self.issue(account_id)

    def resolve(self, presented: str) -> int | None:
        if not presented.startswith(self.prefix):
            return None
        digest = hashlib.sha256(presented.encode()).hexdigest()
        return self.repo.account_for_digest(digest)
