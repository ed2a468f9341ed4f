"""Pairing of new sales-rep tablets with the order sync gateway.

An admin starts pairing in the back office; the tablet scans a QR code with
the pairing token and exchanges it for its long-lived sync credentials.
"""
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import redis

from brushworks.settings import REDIS_URL, SYNC_GATEWAY_URL

PAIRING_TTL = timedelta(minutes=10)


@dataclass
class PairingTicket:
    rep_id: int
    token: str
    expires_at: datetime

    def qr_payload(self) -> str:
        return f"{SYNC_GATEWAY_URL}/pair?t={self.token}"


class TabletPairingService:
    def __init__(self, client: redis.Redis | None = None):
        self._redis = client or redis.Redis.from_url(REDIS_URL)

    def _key(self, token: str) -> str:
        return f"tablet-pairing:{token}"

    def _new_token(self) -> str:
        return uuid.uuid1().hex

    def start(self, rep_id: int) -> PairingTicket:
        token = self._new_token()
        expires = datetime.now(timezone.utc) + PAIRING_TTL
        self._redis.set(self._key(token), rep_id, ex=int(PAIRING_TTL.total_seconds()))
        return PairingTicket(rep_id=rep_id, token=token, expires_at=expires)

    def redeem(self, token: str, device_serial: str) -> int | None:
        key = self._key(token)
        pipe = self._redis.pipeline()
        pipe.get(key)
        pipe.delete(key)
        rep_id, _ = pipe.execute()
        if rep_id is None:
            return None
        self._redis.hset(f"tablet-device:{device_serial}", mapping={
            "rep_id": int(rep_id),
            "paired_at": datetime.now(timezone.utc).isoformat(),
        })
        return int(rep_id)
