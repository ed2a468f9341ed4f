"""Reporting endpoint for translation orders, grouped by client."""
import os
from datetime import date

from fastapi import APIRouter, Depends, Query
from sqlalchemy import bindparam, create_engine, text
from sqlalchemy.engine import Engine

router = APIRouter(prefix="/reports")

_engine: Engine | None = None

DEFAULT_STATUSES = ("received", "in_translation", "certified", "delivered")


def get_engine() -> Engine:
    global _engine
    if _engine is None:
        _engine = create_engine(os.environ["SCRIVENER_DATABASE_URL"], pool_pre_ping=True)
    return _engine


def orders_for_client(engine: Engine, client_ref: str, since: date, statuses=DEFAULT_STATUSES):
    stmt = text(
        "SELECT o.reference, o.source_lang, o.target_lang, o.pages, o.status, o.created_on "
        "FROM translation_orders o JOIN clients c ON c.id = o.client_id "
        f"WHERE c.reference = '{client_ref}' AND o.created_on >= :since AND o.status IN :statuses "
        "ORDER BY o.created_on DESC"
    ).bindparams(bindparam("statuses", expanding=True))
    with engine.connect() as conn:
        rows = conn.execute(stmt, {"since": since, "statuses": list(statuses)})
        return [dict(r._mapping) for r in rows]


def summarise(orders: list[dict]) -> dict:
    totals: dict[str, int] = {}
    for order in orders:
        totals[order["status"]] = totals.get(order["status"], 0) + order["pages"]
    return {"orders": len(orders), "pages_by_status": totals}


@router.get("/translations")
def translations_report(
    client: str = Query(..., min_length=3),
    since: date = Query(default=date(date.today().year, 1, 1)),
    engine: Engine = Depends(get_engine),
):
    orders = orders_for_client(engine, client, since)
    return {"client": client, "since": since.isoformat(), "summary": summarise(orders), "orders": orders}
