"""Repository used by the licence check desk to find boat licences."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg.rows import dict_row

LOOKUP_FIELDS = {
    "licence": "licence_no",
    "index": "index_no",
    "boat": "boat_name",
}


@dataclass
class LicenceRecord:
    licence_no: str
    index_no: str
    boat_name: str
    holder_name: str
    valid_until: date

    @property
    def is_current(self) -> bool:
        return self.valid_until >= date.today()


def _filter_clause(field: str, value: str) -> str:
    column = LOOKUP_FIELDS[field]
    return f"{column} = '{value.strip().upper()}'"


class LicenceLookupRepo:
    def __init__(self, dsn: str) -> None:
        self.dsn = dsn

    def find(self, field: str, value: str) -> list[LicenceRecord]:
        if field not in LOOKUP_FIELDS:
            raise ValueError(f"cannot look up by {field!r}")
        query = (
            "SELECT licence_no, index_no, boat_name, holder_name, valid_until "
            "FROM licences WHERE " + _filter_clause(field, value) + " ORDER BY valid_until DESC"
        )
        with psycopg.connect(self.dsn, row_factory=dict_row) as conn:
            rows = conn.execute(query).fetchall()
        return [LicenceRecord(**row) for row in rows]

    def mark_checked(self, licence_no: str, lock_id: str, keeper_id: int) -> None:
        with psycopg.connect(self.dsn) as conn:
            conn.execute(
                "INSERT INTO licence_checks (licence_no, lock_id, keeper_id, checked_at) "
                "VALUES (%s, %s, %s, now())",
                (licence_no, lock_id, keeper_id),
            )


def check_at_lock(repo: LicenceLookupRepo, field: str, value: str, lock_id: str, keeper_id: int) -> str:
    matches = repo.find(field, value)
    if not matches:
        return "no licence found"
    record = matches[0]
    repo.mark_checked(record.licence_no, lock_id, keeper_id)
    if record.is_current:
        return f"{record.boat_name}: licence valid until {record.valid_until:%d %b %Y}"
    return f"{record.boat_name}: licence EXPIRED on {record.valid_until:%d %b %Y}"
