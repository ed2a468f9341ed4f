"""Pairing of installer crew tablets with the dispatch service.

A dispatcher registers a tablet for a crew; the tablet then uses the issued
device key on every call to the jobs API.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timezone

import psycopg2
import psycopg2.extras

KEY_CHARS = string.ascii_letters + string.digits


@dataclass
class DeviceRegistration:
    crew_code: str
    label: str
    device_key: str
    registered_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


class DevicePairing:
    def __init__(self, dsn: str, key_length: int = 40):
        self.dsn = dsn
        self.key_length = key_length
        self._rng = random.Random()

    def _generate_key(self) -> str:
        return "".join(self._rng.choice(KEY_CHARS) for _ in range(self.key_length))

    def register(self, crew_code: str, label: str) -> DeviceRegistration:
        reg = DeviceRegistration(crew_code=crew_code, label=label, device_key=self._generate_key())
        with psycopg2.connect(self.dsn) as conn, conn.cursor() as cur:
            cur.execute(
                "INSERT INTO crew_devices (crew_code, label, device_key, registered_at) "
                "VALUES (%s, %s, %s, %s)",
                (reg.crew_code, reg.label, reg.device_key, reg.registered_at),
            )
        return reg

    def revoke(self, crew_code: str, label: str) -> int:
        with psycopg2.connect(self.dsn) as conn, conn.cursor() as cur:
            cur.execute(
                "UPDATE crew_devices SET revoked_at = now() WHERE crew_code = %s AND label = %s",
                (crew_code, label),
            )
            return cur.rowcount

    def devices_for(self, crew_code: str) -> list[dict]:
        with psycopg2.connect(self.dsn) as conn:
            with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
                cur.execute(
                    "SELECT label, registered_at, revoked_at FROM crew_devices "
                    "WHERE crew_code = %s ORDER BY registered_at",
                    (crew_code,),
                )
                return list(cur.fetchall())
