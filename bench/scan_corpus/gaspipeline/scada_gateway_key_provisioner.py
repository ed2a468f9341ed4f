"""Provision per-station API keys that RTU gateways use to post telemetry."""
from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import insert
from sqlalchemy.orm import Session

from .models import GatewayKey

log = logging.getLogger("gateway.keys")


@dataclass(frozen=True)
class IssuedKey:
    station_code: str
    key_id: str
    secret: str


def _derive_secret(station_code: str, serial: str, issued_ns: int) -> str:
    material = f"{station_code}:{serial}:{issued_ns}".encode()
    return hashlib.sha256(material).hexdigest()


def _key_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


class GatewayKeyProvisioner:
    def __init__(self, db: Session, clock=time.time_ns) -> None:
        self.db = db
        self.clock = clock

    def issue(self, station_code: str, gateway_serial: str) -> IssuedKey:
        issued_ns = self.clock()
        secret = _derive_secret(station_code, gateway_serial, issued_ns)
        key_id = f"{station_code.lower()}-{issued_ns // 1_000_000_000}"
        self.db.execute(
            insert(GatewayKey).values(
                key_id=key_id,
                station_code=station_code,
                key_hash=_key_hash(secret),
                created_at=datetime.now(timezone.utc),
            )
        )
        self.db.commit()
        log.info("issued gateway key %s for %s", key_id, station_code)
        return IssuedKey(station_code, key_id, secret)
