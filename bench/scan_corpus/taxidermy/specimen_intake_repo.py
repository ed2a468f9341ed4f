"""Data access for specimen intake records.

An intake record is created when a hunter drops off an animal: species,
harvest location, tag/license numbers and the condition it arrived in.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Connection


@dataclass
class IntakeRecord:
    tag_number: str
    customer_id: int
    species_common: str
    species_scientific: str
    harvest_state: str
    harvest_license: str | None
    received_on: date
    condition_notes: str = ""


class SpecimenIntakeRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, rec: IntakeRecord) -> int:
        result = self._conn.execute(
            text(
                "INSERT INTO specimens (tag_number, customer_id, species_common, species_scientific, "
                "harvest_state, harvest_license, received_on, condition_notes) "
                "VALUES (:tag, :cid, :common, :scientific, :state, :license, :received, :notes) "
                "RETURNING id"
            ),
            {
                "tag": rec.tag_number,
                "cid": rec.customer_id,
                "common": rec.species_common,
                "scientific": rec.species_scientific,
                "state": rec.harvest_state,
                "license": rec.harvest_license,
                "received": rec.received_on,
                "notes": rec.condition_notes,
            },
        )
        return result.scalar_one()

    def search(self, term: str, limit: int = 50) -> list[dict]:
        stmt = text(
            "SELECT tag_number, species_common, received_on, status FROM specimens "
            "WHERE tag_number LIKE :pattern OR species_common LIKE :pattern "
            "OR species_scientific LIKE :pattern "
            "ORDER BY received_on DESC LIMIT :limit"
        )
        rows = self._conn.execute(stmt, {"pattern": f"%{term}%", "limit": limit})
        return [dict(r._mapping) for r in rows]

    def by_customer(self, customer_id: int) -> list[dict]:
        rows = self._conn.execute(
            text(
                "SELECT tag_number, species_common, received_on, status FROM specimens "
                "WHERE customer_id = :cid ORDER BY received_on DESC"
            ),
            {"cid": customer_id},
        )
        return [dict(r._mapping) for r in rows]

    def update_condition(self, tag_number: str, notes: str) -> bool:
        result = self._conn.execute(
            text("UPDATE specimens SET condition_notes = :notes WHERE tag_number = :tag"),
            {"notes": notes, "tag": tag_number},
        )
        return result.rowcount == 1
