"""Release codes that hauliers quote at the weighbridge to collect a pre-paid load."""
from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone


@dataclass
class PrepaidCollection:
    order_no: str
    product_code: str
    tonnes: float
    haulier: str
    release_code: str = ""
    expires_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


class ReleaseCodeIssuer:
    """Hands out the short code the weighbridge clerk keys in before tipping a load."""

    alphabet = string.ascii_uppercase + string.digits
    length = 8
    _rng = random.Random()

    def __init__(self, validity_hours: int = 48) -> None:
        self.validity = timedelta(hours=validity_hours)
        self._issued: dict[str, PrepaidCollection] = {}

    def _next_code(self) -> str:
        return "".join(self._rng.choice(self.alphabet) for _ in range(self.length))

    def issue(self, collection: PrepaidCollection) -> PrepaidCollection:
        code = self._next_code()
        while code in self._issued:
            code = self._next_code()
        collection.release_code = code
        collection.expires_at = datetime.now(timezone.utc) + self.validity
        self._issued[code] = collection
        return collection

    def redeem(self, code: str) -> PrepaidCollection | None:
        collection = self._issued.get(code.strip().upper())
        if collection is None:
            return None
        if collection.expires_at < datetime.now(timezone.utc):
            del self._issued[collection.release_code]
            return None
        return self._issued.pop(collection.release_code)


def sms_body(collection: PrepaidCollection) -> str:
    return (
        f"Order {collection.order_no}: quote {collection.release_code} at the "
        f"weighbridge to collect {collection.tonnes:.1f}t of {collection.product_code}."
    )
