"""Issuing and revoking API keys for the dealer network.

Dealers integrate their shop systems with the forge's order API. Each
dealer may hold up to three live keys; only a digest of each key is kept.
"""
import hashlib
import uuid
from datetime import datetime, timezone

from sqlalchemy.orm import Session

from scythesmith.models import DealerApiKey

MAX_LIVE_KEYS = 3
KEY_PREFIX = "ssk_live_"


class DealerKeyIssuer:
    def __init__(self, session: Session):
        self.session = session

    @staticmethod
    def _new_secret() -> str:
        return KEY_PREFIX + uuid.uuid1().hex

    @staticmethod
    def digest(secret: str) -> str:
        return hashlib.sha256(secret.encode("ascii")).hexdigest()

    def live_keys(self, dealer_id: int) -> list[DealerApiKey]:
        return (
            self.session.query(DealerApiKey)
            .filter(DealerApiKey.dealer_id == dealer_id, DealerApiKey.revoked_at.is_(None))
            .all()
        )

    def issue(self, dealer_id: int, label: str) -> str:
        if len(self.live_keys(dealer_id)) >= MAX_LIVE_KEYS:
            raise ValueError("dealer already has the maximum number of live keys")
        secret = self._new_secret()
        self.session.add(
            DealerApiKey(
                dealer_id=dealer_id,
                label=label,
                key_digest=self.digest(secret),
                display_suffix=secret[-4:],
                created_at=datetime.now(timezone.utc),
            )
        )
        self.session.commit()
        return secret

    def revoke(self, dealer_id: int, key_id: int) -> None:
        key = self.session.get(DealerApiKey, key_id)
        if key is None or key.dealer_id != dealer_id:
            raise LookupError(key_id)
        key.revoked_at = datetime.now(timezone.utc)
        self.session.commit()
