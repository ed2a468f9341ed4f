"""Auction results listing for the buyers' portal, with sortable columns."""
import psycopg
from psycopg.rows import dict_row

from fastapi import APIRouter, Query

from fellmonger.settings import DATABASE_DSN

router = APIRouter(prefix="/results")

RESULTS_SQL = """
    SELECT l.number, l.grade, l.pieces, l.avg_weight_kg, r.hammer_cents, t.name AS buyer
    FROM lots l
    JOIN results r ON r.lot_id = l.id
    LEFT JOIN tanneries t ON t.id = r.buyer_id
    WHERE l.sale_code = %(sale)s
    ORDER BY {order} {direction}
    LIMIT %(limit)s
"""


def results_statement(order: str, descending: bool) -> str:
    direction = "DESC" if descending else "ASC"
    return RESULTS_SQL.format(order=order, direction=direction)


async def fetch_results(sale_code: str, statement: str, limit: int) -> list[dict]:
    async with await psycopg.AsyncConnection.connect(DATABASE_DSN, row_factory=dict_row) as conn:
        async with conn.cursor() as cur:
            await cur.execute(statement, {"sale": sale_code, "limit": limit})
            return await cur.fetchall()


@router.get("/{sale_code}")
async def sale_results(
    sale_code: str,
    sort: str = Query("l.number"),
    desc: bool = Query(False),
    limit: int = Query(100, le=500),
):
    statement = results_statement(sort, desc)
    rows = await fetch_results(sale_code, statement, limit)
    total = sum(row["hammer_cents"] or 0 for row in rows)
    return {"sale_code": sale_code, "lots": rows, "gross_cents": total}
