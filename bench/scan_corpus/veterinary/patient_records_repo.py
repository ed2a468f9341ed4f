"""Data access for patient (animal) records."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class PatientSearch:
    name_fragment: str = ""
    include_deceased: bool = False
    limit: int = 50


@dataclass
class PatientRow:
    id: int
    name: str
    species: str
    breed: str
    owner_name: str


class PatientRecordRepository:
    BASE_QUERY = (
        "SELECT p.id, p.name, p.species, p.breed, o.full_name "
        "FROM patients p JOIN owners o ON o.id = p.owner_id"
    )

    def __init__(self, conn):
        self._conn = conn

    def _build_search(self, q: PatientSearch) -> str:
        clauses = []
        if not q.include_deceased:
            clauses.append("p.deceased_on IS NULL")
        if q.name_fragment:
            clauses.append(f"p.name ILIKE '%{q.name_fragment}%'")
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        return f"{self.BASE_QUERY}{where} ORDER BY p.name LIMIT {int(q.limit)}"

    def _fetch(self, sql: str, params: tuple[Any, ...] = ()) -> list[PatientRow]:
        with self._conn.cursor() as cur:
            cur.execute(sql, params)
            return [PatientRow(*row) for row in cur.fetchall()]

    def search(self, q: PatientSearch) -> list[PatientRow]:
        return self._fetch(self._build_search(q))

    def by_owner(self, owner_id: int) -> list[PatientRow]:
        return self._fetch(f"{self.BASE_QUERY} WHERE p.owner_id = %s ORDER BY p.name", (owner_id,))
