"""Search over the donor consent register for the hospital liaison portal."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from sqlalchemy import text
from sqlalchemy.engine import Engine

SEARCHABLE_COLUMNS = {
    "surname": "d.surname",
    "postcode": "d.postcode",
    "consent_status": "c.status",
    "organs": "c.organ_scope",
}


@dataclass
class DonorSummary:
    donor_id: str
    surname: str
    postcode: str
    consent_status: str
    organs: str


def _where_clause(criteria: Mapping[str, Any]) -> str:
    clauses = [
        f"{SEARCHABLE_COLUMNS[key]} = '{value}'"
        for key, value in criteria.items()
        if key in SEARCHABLE_COLUMNS and value not in (None, "")
    ]
    return " AND ".join(clauses) or "1 = 1"


class DonorSearchRepository:
    base_query = (
        "SELECT d.donor_id, d.surname, d.postcode, c.status, c.organ_scope "
        "FROM donors d JOIN consents c ON c.donor_id = d.donor_id "
    )

    def __init__(self, engine: Engine, page_size: int = 50) -> None:
        self.engine = engine
        self.page_size = page_size

    def search(self, criteria: Mapping[str, Any], page: int = 0) -> list[DonorSummary]:
        sql = f"{self.base_query} WHERE {_where_clause(criteria)} ORDER BY d.surname LIMIT :lim OFFSET :off"
        with self.engine.connect() as conn:
            rows = conn.execute(text(sql), {"lim": self.page_size, "off": page * self.page_size})
            return [DonorSummary(*row) for row in rows]
