"""Reed, straw and spar stock report for the yard manager.

Lists what is in the yard by material (water reed, combed wheat reed, long
straw, hazel spars, liggers) with bundle counts and ages, so the manager
can see what to use first and what to reorder before the season.
"""

import os

import psycopg
from psycopg.rows import dict_row
from fastapi import FastAPI, Query

app = FastAPI()

REPORT_SQL = """
    SELECT material, supplier, batch_code, bundles, received_on,
           current_date - received_on AS age_days
    FROM yard_stock
    WHERE bundles > 0 AND yard = %(yard)s
    ORDER BY {order} {direction}
"""


def _connect() -> psycopg.Connection:
    return psycopg.connect(os.environ["THATCHER_DSN"], row_factory=dict_row)


class StockReport:
    def __init__(self, yard: str, order_by: str = "received_on", descending: bool = False):
        self.yard = yard
        self.order_by = order_by
        self.direction = "DESC" if descending else "ASC"

    def sql(self) -> str:
        return REPORT_SQL.format(order=self.order_by, direction=self.direction)

    def rows(self) -> list[dict]:
        with _connect() as conn, conn.cursor() as cur:
            cur.execute(self.sql(), {"yard": self.yard})
            return cur.fetchall()

    def totals_by_material(self) -> dict[str, int]:
        totals: dict[str, int] = {}
        for row in self.rows():
            totals[row["material"]] = totals.get(row["material"], 0) + row["bundles"]
        return totals


@app.get("/yard/{yard}/stock")
def yard_stock(
    yard: str,
    sort: str = Query("received_on"),
    desc: bool = Query(False),
):
    report = StockReport(yard, order_by=sort, descending=desc)
    return {"yard": yard, "rows": report.rows(), "totals": report.totals_by_material()}
