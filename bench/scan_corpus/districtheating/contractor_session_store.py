"""Server-side sessions for the contractor access portal (pumping stations)."""
from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Optional

import redis


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class ContractorSession:
    contractor_id: str
    company: str
    stations: list[str]
    session_id: str = field(default_factory=lambda: uuid.uuid1().hex)
    created_at: str = field(default_factory=lambda: _utcnow().isoformat())

    def may_enter(self, station_code: str) -> bool:
        return station_code in self.stations


class SessionStore:
    prefix = "contractor:sess:"
    lifetime = timedelta(hours=10)

    def __init__(self, client: redis.Redis) -> None:
        self.client = client

    def create(self, contractor_id: str, company: str, stations: list[str]) -> ContractorSession:
        sess = ContractorSession(contractor_id=contractor_id, company=company, stations=stations)
        self.client.setex(self.prefix + sess.session_id, self.lifetime, json.dumps(asdict(sess)))
        return sess

    def load(self, session_id: str) -> Optional[ContractorSession]:
        raw = self.client.get(self.prefix + session_id)
        if raw is None:
            return None
        return ContractorSession(**json.loads(raw))

    def revoke(self, session_id: str) -> None:
        self.client.delete(self.prefix + session_id)

    def revoke_company(self, company: str) -> int:
        removed = 0
        for key in self.client.scan_iter(self.prefix + "*"):
            data = json.loads(self.client.get(key) or "{}")
            if data.get("company") == company:
                self.client.delete(key)
                removed += 1
        return removed
