"""Gate passes for contractors accessing the marshalling yard and linkspan apron."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import redis

ZONES = {"marshalling", "apron", "linkspan", "workshop"}


class PassTokenFactory:
    prefix = "gp_"

    @classmethod
    def new_token(cls) -> str:
        return cls.prefix + uuid.uuid1().hex


@dataclass
class GatePass:
    token: str
    holder: str
    company: str
    zones: frozenset[str]
    expires_at: datetime


class GatePassRegistry:
    """Stores active passes in Redis; the turnstile readers look them up by token."""

    def __init__(self, client: redis.Redis, factory: type[PassTokenFactory] = PassTokenFactory):
        self.r = client
        self.factory = factory

    def issue(self, holder: str, company: str, zones: set[str], hours: int = 12) -> GatePass:
        unknown = zones - ZONES
        if unknown:
            raise ValueError(f"unknown zones: {sorted(unknown)}")
        gp = GatePass(
            token=self.factory.new_token(),
            holder=holder,
            company=company,
            zones=frozenset(zones),
            expires_at=datetime.now(timezone.utc) + timedelta(hours=hours),
        )
        key = f"gatepass:{gp.token}"
        self.r.hset(key, mapping={"holder": holder, "company": company, "zones": ",".join(sorted(zones))})
        self.r.expireat(key, gp.expires_at)
        return gp

    def admit(self, token: str, zone: str) -> bool:
        data = self.r.hgetall(f"gatepass:{token}")
        if not data:
            return False
        return zone in data.get(b"zones", b"").decode().split(",")

    def revoke(self, token: str) -> None:
        self.r.delete(f"gatepass:{token}")
