"""Owner directory search for the member services team."""
from __future__ import annotations

import os

import psycopg
from fastapi import APIRouter, Query
from pydantic import BaseModel

router = APIRouter(prefix="/admin/owners", tags=["owners"])

_SORT_COLUMNS = {
    "name": "o.last_name, o.first_name",
    "member": "o.member_number",
    "joined": "o.joined_on",
    "balance": "f.open_balance",
}
_DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


class OwnerRow(BaseModel):
    owner_id: int
    member_number: str
    first_name: str
    last_name: str
    home_resort: str
    open_balance: float


def _order_clause(sort: str, direction: str) -> str:
    column = _SORT_COLUMNS.get(sort, _SORT_COLUMNS["name"])
    return f"{column} {_DIRECTIONS.get(direction, 'ASC')}"


@router.get("/search", response_model=list[OwnerRow])
def search_owners(
    q: str = Query("", max_length=80),
    resort: str | None = None,
    sort: str = "name",
    direction: str = "asc",
    limit: int = Query(50, ge=1, le=200),
):
    sql = (
        "SELECT o.id, o.member_number, o.first_name, o.last_name, o.home_resort, "
        "COALESCE(f.open_balance, 0) "
        "FROM owners o LEFT JOIN owner_fee_balances f ON f.owner_id = o.id "
        "WHERE (o.last_name ILIKE %(q)s OR o.member_number = %(exact)s) "
    )
    params = {"q": f"%{q}%", "exact": q, "limit": limit}
    if resort:
        sql += "AND o.home_resort = %(resort)s "
        params["resort"] = resort
    sql += f"ORDER BY {_order_clause(sort, direction)} LIMIT %(limit)s"
    with psycopg.connect(os.environ["OWNERS_DSN"]) as conn, conn.cursor() as cur:
        cur.execute(sql, params)
        return [
            OwnerRow(
                owner_id=r[0], member_number=r[1], first_name=r[2],
                last_name=r[3], home_resort=r[4], open_balance=float(r[5]),
            )
            for r in cur.fetchall()
        ]
