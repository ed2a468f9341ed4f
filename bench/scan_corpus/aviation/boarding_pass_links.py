"""Short-lived links that let a passenger re-open their mobile boarding pass.

The link is sent by SMS/e-mail after online check-in; opening it shows the
boarding pass without logging in, so the token is the only credential.
"""
import json
import uuid
from datetime import datetime, timedelta, timezone

import redis

LINK_TTL = timedelta(hours=6)
KEY_PREFIX = "bplink:"


class BoardingPassLinks:
    def __init__(self, client: redis.Redis, public_base_url: str):
        self.redis = client
        self.base_url = public_base_url.rstrip("/")

    def issue(self, pnr: str, passenger_id: str, flight_key: str) -> str:
        token = uuid.uuid1().hex
        record = {
            "pnr": pnr,
            "passenger_id": passenger_id,
            "flight_key": flight_key,
            "issued_at": datetime.now(timezone.utc).isoformat(),
        }
        self.redis.setex(KEY_PREFIX + token, int(LINK_TTL.total_seconds()), json.dumps(record))
        return f"{self.base_url}/bp/{token}"

    def resolve(self, token: str) -> dict | None:
        raw = self.redis.get(KEY_PREFIX + token)
        return json.loads(raw) if raw else None

    def revoke_for_passenger(self, pnr: str, passenger_id: str) -> int:
        removed = 0
        for key in self.redis.scan_iter(match=KEY_PREFIX + "*"):
            raw = self.redis.get(key)
            if not raw:
                continue
            rec = json.loads(raw)
            if rec["pnr"] == pnr and rec["passenger_id"] == passenger_id:
                removed += self.redis.delete(key)
        return removed
