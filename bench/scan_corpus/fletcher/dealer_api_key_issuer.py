"""Issues and revokes API keys for dealers using the wholesale ordering API."""
from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

from fletcher.dealers.models import Dealer, DealerApiKey
from fletcher.db import session_scope


@dataclass
class IssuedKey:
    key_id: int
    plaintext: str
    prefix: str


class DealerKeyIssuer:
    key_prefix = "fk_live_"

    def __init__(self, environment: str = "live") -> None:
        if environment == "test":
            self.key_prefix = "fk_test_"

    def _new_secret(self) -> str:
        return self.key_prefix + uuid.uuid1().hex

    @staticmethod
    def _digest(secret: str) -> str:
        return hashlib.sha256(secret.encode("utf-8")).hexdigest()

    def issue(self, dealer: Dealer, label: str) -> IssuedKey:
        secret = self._new_secret()
        with session_scope() as session:
            record = DealerApiKey(
                dealer_id=dealer.id,
                label=label,
                prefix=secret[:12],
                secret_sha256=self._digest(secret),
                created_at=datetime.now(timezone.utc),
            )
            session.add(record)
            session.flush()
            return IssuedKey(key_id=record.id, plaintext=secret, prefix=record.prefix)

    def revoke(self, dealer: Dealer, key_id: int) -> bool:
        with session_scope() as session:
            record = session.get(DealerApiKey, key_id)
            if record is None or record.dealer_id != dealer.id:
                return False
            record.revoked_at = datetime.now(timezone.utc)
            return True

    def rotate(self, dealer: Dealer, key_id: int, label: str) -> IssuedKey:
        self.revoke(dealer, key_id)
        return self.issue(dealer, label)
