"""Boat manifest queries used by the dock app and the coastguard report.

Every trip has a manifest: who is on board, their emergency contact, their
certification level and whether they signed the liability waiver.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg.rows import dict_row


@dataclass
class ManifestEntry:
    passenger_id: int
    full_name: str
    cert_level: str
    emergency_contact: str
    waiver_signed: bool


class BoatManifestRepository:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def _connect(self) -> psycopg.Connection:
        return psycopg.connect(self._dsn, row_factory=dict_row)

    def for_trip(self, trip_id: int) -> list[ManifestEntry]:
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT p.passenger_id, p.full_name, p.cert_level, p.emergency_contact, "
                "m.waiver_signed FROM manifest m JOIN passengers p USING (passenger_id) "
                "WHERE m.trip_id = %s ORDER BY p.full_name",
                (trip_id,),
            ).fetchall()
        return [ManifestEntry(**r) for r in rows]

    @staticmethod
    def _name_filter(fragment: str) -> str:
        return f"p.full_name ILIKE '%{fragment.strip()}%'"

    def search(self, vessel: str, departs: date, name_fragment: str) -> list[ManifestEntry]:
        sql = (
            "SELECT p.passenger_id, p.full_name, p.cert_level, p.emergency_contact, "
            "m.waiver_signed FROM manifest m "
            "JOIN passengers p USING (passenger_id) "
            "JOIN trips t USING (trip_id) "
            "WHERE t.vessel = %s AND t.departs::date = %s AND "
            + self._name_filter(name_fragment)
            + " ORDER BY p.full_name LIMIT 50"
        )
        with self._connect() as conn:
            rows = conn.execute(sql, (vessel, departs)).fetchall()
        return [ManifestEntry(**r) for r in rows]

    def mark_waiver_signed(self, trip_id: int, passenger_id: int) -> None:
        with self._connect() as conn:
            conn.execute(
                "UPDATE manifest SET waiver_signed = TRUE "
                "WHERE trip_id = %s AND passenger_id = %s",
                (trip_id, passenger_id),
            )

    def headcount(self, trip_id: int) -> int:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT count(*) AS n FROM manifest WHERE trip_id = %s", (trip_id,)
            ).fetchone()
        return int(row["n"])
