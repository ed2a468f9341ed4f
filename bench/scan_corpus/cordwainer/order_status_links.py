"""Signed, expiring links that let a client check their order status without logging in."""
import base64
import hashlib
import hmac
import os
import time
from dataclasses import dataclass
from typing import Optional

LINK_TTL_SECONDS = 60 * 60 * 24 * 30
ORDER_STAGES = ("measured", "last_made", "trial_fitting", "in_making", "ready", "collected")


@dataclass(frozen=True)
class StatusLinkSigner:
    key: bytes
    ttl: int = LINK_TTL_SECONDS

    @classmethod
    def from_env(cls) -> "StatusLinkSigner":
        return cls(key=os.environ["ORDER_LINK_SIGNING_KEY"].encode("utf-8"))

    def _mac(self, order_ref: str, expires: int) -> str:
        msg = f"{order_ref}:{expires}".encode("utf-8")
        digest = hmac.new(self.key, msg, hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")

    def sign(self, order_ref: str, now: Optional[float] = None) -> str:
        expires = int(now or time.time()) + self.ttl
        return f"{order_ref}.{expires}.{self._mac(order_ref, expires)}"

    def unsign(self, token: str, now: Optional[float] = None) -> Optional[str]:
        try:
            order_ref, expires_s, mac = token.rsplit(".", 2)
            expires = int(expires_s)
        except ValueError:
            return None
        if expires < int(now or time.time()):
            return None
        if not hmac.compare_digest(mac, self._mac(order_ref, expires)):
            return None
        return order_ref


def describe_status(order) -> dict:
    stage = order.stage
    done = ORDER_STAGES.index(stage) + 1 if stage in ORDER_STAGES else 0
    return {
        "order_ref": order.ref,
        "stage": stage,
        "progress": f"{done}/{len(ORDER_STAGES)}",
        "ready_for_collection": stage == "ready",
    }
