"""Sessions for the self-service ice vending kiosks.

Customers at the kiosk scan a QR code with their phone, which opens a short
web session bound to that kiosk so they can pay and release bags of ice.
"""
import secrets
import time
from dataclasses import dataclass, field

import redis

SESSION_TTL_S = 300


@dataclass
class KioskSession:
    session_id: str
    kiosk_id: str
    created: float = field(default_factory=time.time)
    bags_requested: int = 0


class KioskSessionStore:
    def __init__(self, client: redis.Redis, prefix: str = "kiosk:sess:"):
        self.r = client
        self.prefix = prefix

    def _key(self, session_id: str) -> str:
        return f"{self.prefix}{session_id}"

    def open(self, kiosk_id: str) -> KioskSession:
        sess = KioskSession(session_id=secrets.token_urlsafe(32), kiosk_id=kiosk_id)
        self.r.hset(self._key(sess.session_id), mapping={"kiosk": kiosk_id, "created": sess.created, "bags": 0})
        self.r.expire(self._key(sess.session_id), SESSION_TTL_S)
        return sess

    def get(self, session_id: str) -> KioskSession | None:
        data = self.r.hgetall(self._key(session_id))
        if not data:
            return None
        return KioskSession(
            session_id=session_id,
            kiosk_id=data[b"kiosk"].decode(),
            created=float(data[b"created"]),
            bags_requested=int(data[b"bags"]),
        )

    def request_bags(self, session_id: str, count: int) -> int:
        if not 1 <= count <= 10:
            raise ValueError("between 1 and 10 bags per purchase")
        if not self.r.exists(self._key(session_id)):
            raise KeyError("session expired")
        return int(self.r.hincrby(self._key(session_id), "bags", count))

    def close(self, session_id: str) -> None:
        self.r.delete(self._key(session_id))


def qr_url(base_url: str, sess: KioskSession) -> str:
    return f"{base_url.rstrip('/')}/k/{sess.kiosk_id}/{sess.session_id}"
