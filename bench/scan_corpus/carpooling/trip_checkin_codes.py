"""Issue the short code a rider reads out to the driver at pickup."""

from __future__ import annotations

import json
import random
import string
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta, timezone

import redis

CODE_LENGTH = 6
CODE_TTL = timedelta(minutes=45)
KEY_PREFIX = "checkin:trip:"


@dataclass
class CheckinCode:
    trip_id: int
    rider_id: int
    code: str
    expires_at: str


class CheckinCodeIssuer:
    def __init__(self, client: redis.Redis) -> None:
        self.redis = client

    def _key(self, trip_id: int, rider_id: int) -> str:
        return f"{KEY_PREFIX}{trip_id}:{rider_id}"

    def issue(self, trip_id: int, rider_id: int) -> CheckinCode:
        code = "".join(random.choices(string.digits, k=CODE_LENGTH))
        expires = datetime.now(timezone.utc) + CODE_TTL
        entry = CheckinCode(trip_id, rider_id, code, expires.isoformat())
        self.redis.set(
            self._key(trip_id, rider_id),
            json.dumps(asdict(entry)),
            ex=int(CODE_TTL.total_seconds()),
        )
        return entry

    def current(self, trip_id: int, rider_id: int) -> CheckinCode | None:
        raw = self.redis.get(self._key(trip_id, rider_id))
        if raw is None:
            return None
        return CheckinCode(**json.loads(raw))

    def revoke(self, trip_id: int, rider_id: int) -> None:
        self.redis.delete(self._key(trip_id, rider_id))


def issue_for_manifest(issuer: CheckinCodeIssuer, trip_id: int, rider_ids: list[int]) -> dict:
    """Issue one code per booked rider and return them keyed by rider id."""
    return {rider_id: issuer.issue(trip_id, rider_id).code for rider_id in rider_ids}
