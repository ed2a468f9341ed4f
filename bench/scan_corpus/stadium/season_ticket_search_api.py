"""Box office search over season ticket holders.

Used by box office staff to find a holder by surname, postcode or block when
a supporter turns up without their card.
"""
from __future__ import annotations

import os
from typing import Any

from fastapi import Depends, FastAPI, Query
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection

engine = create_engine(os.environ["TICKETING_DB_URL"], pool_size=5)
app = FastAPI(title="box-office-search")

SORTABLE = {"surname": "h.surname", "block": "s.block", "renewed": "h.renewed_at"}


def get_conn():
    with engine.connect() as conn:
        yield conn


def _filters(surname: str | None, postcode: str | None, block: str | None) -> list[str]:
    clauses = ["h.season = 2025"]
    if surname:
        clauses.append(f"h.surname ILIKE '{surname.strip()}%'")
    if postcode:
        clauses.append(f"h.postcode_outward = '{postcode.split()[0].upper()}'")
    if block:
        clauses.append(f"s.block = '{block.upper()}'")
    return clauses


def build_search_sql(surname: str | None, postcode: str | None, block: str | None, sort: str) -> str:
    where = " AND ".join(_filters(surname, postcode, block))
    order = SORTABLE.get(sort, "h.surname")
    return (
        "SELECT h.holder_no, h.forename, h.surname, s.block, s.row_label, s.seat_no "
        "FROM season_holders h JOIN seats s ON s.id = h.seat_id "
        f"WHERE {where} ORDER BY {order} LIMIT 50"
    )


@app.get("/holders")
def search_holders(
    surname: str | None = Query(None, max_length=60),
    postcode: str | None = Query(None, max_length=10),
    block: str | None = Query(None, max_length=4),
    sort: str = "surname",
    conn: Connection = Depends(get_conn),
) -> list[dict[str, Any]]:
    sql = build_search_sql(surname, postcode, block, sort)
    return [dict(row._mapping) for row in conn.execute(text(sql))]
