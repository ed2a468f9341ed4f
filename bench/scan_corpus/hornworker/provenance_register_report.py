"""Provenance register report for trading-standards and museum buyers.

Lists every raw-material lot with its supplier, country of origin and the
document that proves it was legally obtained (shed antler, food-industry
horn, culled stock).
"""
import psycopg
from psycopg.rows import dict_row
from fastapi import FastAPI, Query

from hornworker.config import DATABASE_URL

app = FastAPI()

DEFAULT_ORDER = "received_on"


class RegisterQuery:
    base = (
        "SELECT l.lot_code, l.species, s.name AS supplier, l.origin_country, "
        "l.received_on, d.kind AS document_kind, d.reference AS document_ref "
        "FROM material_lots l JOIN suppliers s ON s.id = l.supplier_id "
        "LEFT JOIN provenance_documents d ON d.lot_id = l.id "
        "WHERE l.received_on BETWEEN %(start)s AND %(end)s "
    )

    def __init__(self, order_by: str = DEFAULT_ORDER, descending: bool = False):
        self.order_by = order_by
        self.direction = "DESC" if descending else "ASC"

    def render(self) -> str:
        return self.base + "ORDER BY {} {}".format(self.order_by, self.direction)


@app.get("/reports/provenance")
def provenance_report(
    start: str,
    end: str,
    sort: str = Query(DEFAULT_ORDER),
    desc: bool = False,
):
    query = RegisterQuery(order_by=sort, descending=desc)
    with psycopg.connect(DATABASE_URL, row_factory=dict_row) as conn:
        rows = conn.execute(query.render(), {"start": start, "end": end}).fetchall()
    return {"count": len(rows), "lots": rows}
