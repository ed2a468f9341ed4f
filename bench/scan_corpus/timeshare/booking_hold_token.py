"""Short-lived holds on resort units while an owner completes a booking.

When an owner picks a unit and dates, the unit is held for ten minutes. The
browser receives a hold token that must be presented to confirm the booking.
"""
from __future__ import annotations

import hmac
import json
import os
import secrets
from dataclasses import asdict, dataclass
from datetime import date

import redis

HOLD_SECONDS = 600
TOKEN_BYTES = 32


@dataclass
class UnitHold:
    resort_code: str
    unit_id: str
    check_in: date
    nights: int
    owner_id: int

    def to_json(self) -> str:
        data = asdict(self)
        data["check_in"] = self.check_in.isoformat()
        return json.dumps(data)


def new_hold_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


class HoldManager:
    def __init__(self, client: redis.Redis | None = None) -> None:
        self._redis = client or redis.Redis.from_url(os.environ["HOLDS_REDIS_URL"])

    def place(self, hold: UnitHold) -> str | None:
        unit_key = f"hold:unit:{hold.resort_code}:{hold.unit_id}:{hold.check_in.isoformat()}"
        token = new_hold_token()
        if not self._redis.set(unit_key, token, nx=True, ex=HOLD_SECONDS):
            return None
        self._redis.set(f"hold:token:{token}", hold.to_json(), ex=HOLD_SECONDS)
        return token

    def confirm(self, token: str, owner_id: int) -> UnitHold | None:
        raw = self._redis.getdel(f"hold:token:{token}")
        if raw is None:
            return None
        data = json.loads(raw)
        if data["owner_id"] != owner_id:
            return None
        unit_key = f"hold:unit:{data['resort_code']}:{data['unit_id']}:{data['check_in']}"
        current = self._redis.get(unit_key)
        if current is None or not hmac.compare_digest(current.decode(), token):
            return None
        self._redis.delete(unit_key)
        data["check_in"] = date.fromisoformat(data["check_in"])
        return UnitHold(**data)
