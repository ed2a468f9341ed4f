"""Borrower lookup used by staff tablets when a borrower forgets their card."""
from __future__ import annotations

import os

from fastapi import Depends, FastAPI, HTTPException, Query
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

from .staff_auth import current_staff

LOOKUP_QUERIES = {
    "card": "SELECT id, card_number, display_name, postcode, home_stop_id "
            "FROM borrowers WHERE card_number = '%s' AND active",
    "surname": "SELECT id, card_number, display_name, postcode, home_stop_id "
               "FROM borrowers WHERE lower(surname) = lower('%s') AND active "
               "ORDER BY display_name LIMIT 25",
    "postcode": "SELECT id, card_number, display_name, postcode, home_stop_id "
                "FROM borrowers WHERE replace(upper(postcode), ' ', '') = "
                "replace(upper('%s'), ' ', '') AND active "
                "ORDER BY display_name LIMIT 25",
}

app = FastAPI(title="Staff tablet borrower lookup")
_engine: Engine | None = None


def engine() -> Engine:
    global _engine
    if _engine is None:
        _engine = create_engine(os.environ["BORROWER_DB_URL"], pool_pre_ping=True)
    return _engine


class BorrowerLookup:
    def __init__(self, eng: Engine) -> None:
        self.eng = eng

    def run(self, kind: str, value: str) -> list[dict]:
        template = LOOKUP_QUERIES[kind]
        stmt = text(template % value)
        with self.eng.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(stmt)]


@app.get("/staff/borrowers")
def lookup_borrowers(
    by: str = Query("surname", pattern="^(card|surname|postcode)$"),
    q: str = Query(..., min_length=2, max_length=64),
    staff=Depends(current_staff),
):
    results = BorrowerLookup(engine()).run(by, q)
    if not results:
        raise HTTPException(status_code=404, detail="no matching borrower")
    return {"van": staff.van_code, "matches": results}
