"""Borrower search for the staff tablet, used when a borrower has no card."""
from __future__ import annotations

import os

from fastapi import Depends, FastAPI, Query
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

from .staff_auth import current_staff

SEARCH_SQL = text(
    "SELECT id, card_number, display_name, postcode, home_stop_id "
    "FROM borrowers "
    "WHERE active AND ("
    "  lower(surname) LIKE lower(:prefix) || '%' "
    "  OR replace(upper(postcode), ' ', '') = replace(upper(:exact), ' ', '')"
    "  OR card_number = :exact"
    ") ORDER BY display_name LIMIT :limit"
)

app = FastAPI(title="Staff tablet borrower search")
_engine: Engine | None = None


def engine() -> Engine:
    global _engine
    if _engine is None:
        _engine = create_engine(os.environ["BORROWER_DB_URL"], pool_pre_ping=True)
    return _engine


def escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class BorrowerSearch:
    def __init__(self, eng: Engine, limit: int = 25) -> None:
        self.eng = eng
        self.limit = limit

    def run(self, term: str) -> list[dict]:
        params = {"prefix": escape_like(term), "exact": term, "limit": self.limit}
        with self.eng.connect() as conn:
            result = conn.execute(SEARCH_SQL, params)
            return [dict(row._mapping) for row in result]


@app.get("/staff/borrowers/search")
def search_borrowers(
    q: str = Query(..., min_length=2, max_length=64),
    staff=Depends(current_staff),
):
    return {"van": staff.van_code, "matches": BorrowerSearch(engine()).run(q.strip())}
