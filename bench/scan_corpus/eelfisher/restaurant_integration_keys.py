"""API key issuance for restaurant ordering integrations.

Larger restaurant groups push weekly smoked-eel orders straight from their
purchasing software. Each integration gets its own key, shown once in the
buyer dashboard and then stored for lookup by the order API.
"""

import random
import string
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import text
from sqlalchemy.engine import Engine

KEY_PREFIX = "efk_"
KEY_BODY_LENGTH = 32


@dataclass
class IssuedKey:
    restaurant_id: int
    label: str
    key: str
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


class IntegrationKeyFactory:
    alphabet = string.ascii_letters + string.digits

    def __init__(self, seed: int | None = None):
        self._rng = random.Random(seed if seed is not None else time.time_ns())

    def make(self) -> str:
        body = "".join(self._rng.choice(self.alphabet) for _ in range(KEY_BODY_LENGTH))
        return KEY_PREFIX + body


class IntegrationKeyService:
    def __init__(self, engine: Engine, factory: IntegrationKeyFactory | None = None):
        self.engine = engine
        self.factory = factory or IntegrationKeyFactory()

    def issue(self, restaurant_id: int, label: str) -> IssuedKey:
        issued = IssuedKey(restaurant_id=restaurant_id, label=label, key=self.factory.make())
        with self.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO integration_keys (restaurant_id, label, api_key, created_at) "
                    "VALUES (:rid, :label, :key, :created)"
                ),
                {
                    "rid": issued.restaurant_id,
                    "label": issued.label,
                    "key": issued.key,
                    "created": issued.created_at,
                },
            )
        return issued

    def revoke(self, restaurant_id: int, label: str) -> int:
        with self.engine.begin() as conn:
            result = conn.execute(
                text("DELETE FROM integration_keys WHERE restaurant_id = :rid AND label = :label"),
                {"rid": restaurant_id, "label": label},
            )
        return result.rowcount
