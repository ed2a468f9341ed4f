"""Invoice search for the back-office invoicing screen.

Office staff filter invoices by shop, customer name, plate and status.
Results are paged and sorted by the column chosen in the grid.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Engine

SORTABLE = {"issued": "i.issued_on", "total": "i.total_gross", "number": "i.invoice_no"}


@dataclass
class InvoiceFilter:
    shop_id: int
    customer: str | None = None
    plate: str | None = None
    status: str | None = None
    issued_from: date | None = None
    sort: str = "issued"
    page: int = 1
    page_size: int = 50


def _where_clause(f: InvoiceFilter) -> tuple[str, dict]:
    clauses = ["i.shop_id = :shop_id"]
    params: dict = {"shop_id": f.shop_id}
    if f.customer:
        clauses.append(f"c.display_name ILIKE '%{f.customer}%'")
    if f.plate:
        clauses.append("i.plate = :plate")
        params["plate"] = f.plate.upper().replace(" ", "")
    if f.status:
        clauses.append("i.status = :status")
        params["status"] = f.status
    if f.issued_from:
        clauses.append("i.issued_on >= :issued_from")
        params["issued_from"] = f.issued_from
    return " AND ".join(clauses), params


def search_invoices(engine: Engine, f: InvoiceFilter) -> list[dict]:
    where, params = _where_clause(f)
    order_col = SORTABLE.get(f.sort, SORTABLE["issued"])
    params.update(limit=f.page_size, offset=(max(f.page, 1) - 1) * f.page_size)
    sql = (
        "SELECT i.invoice_no, i.issued_on, i.plate, i.status, i.total_gross, "
        "c.display_name AS customer "
        "FROM invoices i JOIN customers c ON c.id = i.customer_id "
        f"WHERE {where} ORDER BY {order_col} DESC LIMIT :limit OFFSET :offset"
    )
    with engine.connect() as conn:
        rows = conn.execute(text(sql), params).mappings().all()
    return [dict(row) for row in rows]
