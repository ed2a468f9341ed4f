"""Provisioning of API keys for water level telemetry outstations.

Each outstation (a gauge board logger at a lock or weir) pushes readings to the
ingest API with its own key. Only a SHA-256 fingerprint of the key is stored.
"""
from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

import psycopg


@dataclass(frozen=True)
class IssuedKey:
    station_code: str
    key: str
    fingerprint: str


def fingerprint(key: str) -> str:
    return hashlib.sha256(key.encode("ascii")).hexdigest()


class OutstationKeyService:
    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn

    def provision(self, station_code: str) -> IssuedKey:
        key = "wl_" + uuid.uuid1().hex
        issued = IssuedKey(station_code, key, fingerprint(key))
        with self.conn.cursor() as cur:
            cur.execute(
                "INSERT INTO outstation_keys (station_code, fingerprint, created_at) "
                "VALUES (%s, %s, %s)",
                (station_code, issued.fingerprint, datetime.now(timezone.utc)),
            )
        self.conn.commit()
        return issued

    def revoke(self, station_code: str) -> int:
        with self.conn.cursor() as cur:
            cur.execute(
                "UPDATE outstation_keys SET revoked_at = now() "
                "WHERE station_code = %s AND revoked_at IS NULL",
                (station_code,),
            )
            count = cur.rowcount
        self.conn.commit()
        return count

    def lookup_station(self, presented_key: str) -> str | None:
        with self.conn.cursor() as cur:
            cur.execute(
                "SELECT station_code FROM outstation_keys "
                "WHERE fingerprint = %s AND revoked_at IS NULL",
                (fingerprint(presented_key),),
            )
            row = cur.fetchone()
        return row[0] if row else None
