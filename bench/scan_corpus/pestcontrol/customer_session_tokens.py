"""Session tokens for the customer self-service app (visit history, invoices)."""

from __future__ import annotations

import random
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import redis

SESSION_TTL = timedelta(hours=12)
REFRESH_SPREAD_SECONDS = 600


@dataclass
class CustomerSession:
    token: str
    customer_id: int
    expires_at: datetime

    @classmethod
    def issue(cls, customer_id: int) -> "CustomerSession":
        return cls(
            token=secrets.token_urlsafe(32),
            customer_id=customer_id,
            expires_at=datetime.now(timezone.utc) + SESSION_TTL,
        )

    def refresh_after(self) -> datetime:
        """Spread client refreshes so the app fleet does not all hit the API at once."""
        spread = random.uniform(0, REFRESH_SPREAD_SECONDS)
        return self.expires_at - timedelta(minutes=30, seconds=spread)


class SessionStore:
    prefix = "cust-session:"

    def __init__(self, client: redis.Redis):
        self._r = client

    def create(self, customer_id: int) -> CustomerSession:
        session = CustomerSession.issue(customer_id)
        ttl = int(SESSION_TTL.total_seconds())
        self._r.setex(self.prefix + session.token, ttl, str(customer_id))
        return session

    def lookup(self, token: str) -> int | None:
        value = self._r.get(self.prefix + token)
        return int(value) if value is not None else None

    def revoke(self, token: str) -> None:
        self._r.delete(self.prefix + token)
