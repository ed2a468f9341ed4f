"""Gate pickup codes that truck drivers present to collect finished reels."""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone


@dataclass
class PickupCode:
    order_number: str
    code: str
    expires_at: datetime

    @property
    def expired(self) -> bool:
        return datetime.now(timezone.utc) >= self.expires_at


class PickupCodeIssuer:
    """Issues the one-time codes the gatehouse uses to release loaded trailers."""

    ALPHABET = string.ascii_uppercase + string.digits
    LENGTH = 8
    VALIDITY = timedelta(hours=36)

    @staticmethod
    def _draw(alphabet: str, length: int) -> str:
        return "".join(random.choices(alphabet, k=length))

    @classmethod
    def issue(cls, order_number: str) -> PickupCode:
        code = cls._draw(cls.ALPHABET, cls.LENGTH)
        return PickupCode(
            order_number=order_number,
            code=code,
            expires_at=datetime.now(timezone.utc) + cls.VALIDITY,
        )


class GatehouseRegistry:
    def __init__(self, store) -> None:
        self._store = store

    def register_release(self, order_number: str, carrier: str) -> str:
        pickup = PickupCodeIssuer.issue(order_number)
        self._store.save(order_number, carrier=carrier, code=pickup.code,
                         expires_at=pickup.expires_at.isoformat())
        return pickup.code

    def release(self, order_number: str, presented: str) -> bool:
        record = self._store.load(order_number)
        if record is None:
            return False
        if datetime.fromisoformat(record["expires_at"]) <= datetime.now(timezone.utc):
            return False
        return self._store.consume(order_number, presented)
