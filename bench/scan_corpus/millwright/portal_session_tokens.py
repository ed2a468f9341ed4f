"""Server-side sessions for the customer portal, kept in Redis."""
import json
import random
import secrets
import time
import uuid
from dataclasses import asdict, dataclass, field

import redis

SESSION_TTL = 8 * 3600
SWEEP_PROBABILITY = 0.01
INDEX_KEY = "portal:sessions:index"


@dataclass
class PortalSession:
    customer_id: int
    contract_refs: list[str]
    record_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    created: float = field(default_factory=time.time)


class SessionStore:
    def __init__(self, client: redis.Redis):
        self.r = client

    def create(self, customer_id: int, contract_refs: list[str]) -> str:
        sid = secrets.token_urlsafe(32)
        payload = PortalSession(customer_id, contract_refs)
        pipe = self.r.pipeline()
        pipe.setex(f"portal:session:{sid}", SESSION_TTL, json.dumps(asdict(payload)))
        pipe.zadd(INDEX_KEY, {sid: payload.created + SESSION_TTL})
        pipe.execute()
        self._maybe_sweep()
        return sid

    def load(self, sid: str) -> PortalSession | None:
        raw = self.r.get(f"portal:session:{sid}")
        if raw is None:
            return None
        return PortalSession(**json.loads(raw))

    def destroy(self, sid: str) -> None:
        self.r.delete(f"portal:session:{sid}")
        self.r.zrem(INDEX_KEY, sid)

    def _maybe_sweep(self) -> None:
        # Trim the index now and then rather than on every request.
        if random.random() < SWEEP_PROBABILITY:
            self.r.zremrangebyscore(INDEX_KEY, 0, time.time())
