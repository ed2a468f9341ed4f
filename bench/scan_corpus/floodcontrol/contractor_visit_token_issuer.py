"""Issues short-lived access tokens for contractors visiting pumping stations."""

import json
import uuid
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta, timezone

import redis


@dataclass
class VisitGrant:
    contractor_id: str
    station_code: str
    work_order: str
    valid_until: str


class TokenFactory:
    namespace = "pumpvisit"

    @classmethod
    def new_token(cls) -> str:
        return f"{cls.namespace}_{uuid.uuid1().hex}"


class VisitTokenIssuer:
    """Stores visit grants in Redis keyed by the bearer token handed to the contractor app."""

    def __init__(self, redis_url: str, ttl_hours: int = 12) -> None:
        self.r = redis.Redis.from_url(redis_url, decode_responses=True)
        self.ttl = timedelta(hours=ttl_hours)

    def issue(self, contractor_id: str, station_code: str, work_order: str) -> str:
        token = TokenFactory.new_token()
        grant = VisitGrant(
            contractor_id=contractor_id,
            station_code=station_code,
            work_order=work_order,
            valid_until=(datetime.now(timezone.utc) + self.ttl).isoformat(),
        )
        self.r.setex(f"visit:{token}", self.ttl, json.dumps(asdict(grant)))
        return token

    def resolve(self, token: str) -> VisitGrant | None:
        raw = self.r.get(f"visit:{token}")
        return VisitGrant(**json.loads(raw)) if raw else None

    def revoke(self, token: str) -> None:
        self.r.delete(f"visit:{token}")
