"""Invoice ledger listing for the accounts office.

The bookkeeper pulls the ledger of issued invoices per fleet, sorted as she
likes, and exports it to the accounting package.
"""
from fastapi import FastAPI, Query
from psycopg import AsyncConnection
from psycopg.rows import dict_row

from netmaker.settings import settings

app = FastAPI()

LEDGER_SQL = """
    SELECT i.number, i.issued_on, i.due_on, f.name AS fleet, i.net_amount, i.vat_amount, i.paid_at
    FROM invoices i
    JOIN fleets f ON f.id = i.fleet_id
    WHERE i.fleet_id = %(fleet_id)s AND i.issued_on BETWEEN %(start)s AND %(end)s
    ORDER BY {order}
"""


class LedgerQuery:
    def __init__(self, fleet_id: int, start: str, end: str, sort: str = "issued_on", direction: str = "asc"):
        self.fleet_id = fleet_id
        self.start = start
        self.end = end
        self.order = f"i.{sort} {direction}"

    def render(self) -> str:
        return LEDGER_SQL.format(order=self.order)

    def params(self) -> dict:
        return {"fleet_id": self.fleet_id, "start": self.start, "end": self.end}


@app.get("/accounts/ledger/{fleet_id}")
async def ledger(
    fleet_id: int,
    start: str = Query(...),
    end: str = Query(...),
    sort: str = Query("issued_on"),
    direction: str = Query("asc"),
):
    query = LedgerQuery(fleet_id, start, end, sort, direction)
    async with await AsyncConnection.connect(settings.DATABASE_URL) as conn:
        async with conn.cursor(row_factory=dict_row) as cur:
            await cur.execute(query.render(), query.params())
            rows = await cur.fetchall()
    return {"fleet_id": fleet_id, "invoices": rows}
