"""Second-step confirmation for large trade orders.

Orders above the account's confirmation threshold (typically a full artic of
bagged NHL) need a six digit code emailed to the account owner before they
are released to dispatch.
"""

import secrets
from dataclasses import dataclass
from decimal import Decimal

import redis

from limeworks.dispatch import release_order
from limeworks.mail import send_mail

CODE_TTL_SECONDS = 900
MAX_ATTEMPTS = 5


@dataclass
class PendingOrder:
    order_id: int
    account_number: str
    owner_email: str
    total: Decimal


class OrderConfirmation:
    def __init__(self, cache: redis.Redis):
        self.cache = cache

    def _key(self, order_id: int) -> str:
        return f"order-confirm:{order_id}"

    def start(self, order: PendingOrder) -> None:
        code = f"{secrets.randbelow(1_000_000):06d}"
        self.cache.hset(self._key(order.order_id), mapping={"code": code, "attempts": 0})
        self.cache.expire(self._key(order.order_id), CODE_TTL_SECONDS)
        send_mail(
            order.owner_email,
            f"Confirm order {order.order_id}",
            body=f"Order total £{order.total}. Confirmation code: {code}",
        )

    def confirm(self, order_id: int, submitted_code: str) -> bool:
        key = self._key(order_id)
        stored = self.cache.hgetall(key)
        if not stored:
            return False
        attempts = int(stored[b"attempts"])
        if attempts >= MAX_ATTEMPTS:
            self.cache.delete(key)
            return False
        expected = stored[b"code"].decode("ascii")
        if submitted_code.strip() != expected:
            self.cache.hincrby(key, "attempts", 1)
            return False
        self.cache.delete(key)
        release_order(order_id)
        return True
