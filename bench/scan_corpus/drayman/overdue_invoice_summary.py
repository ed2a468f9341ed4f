"""Overdue invoice summary for the credit control team.

Credit controllers pick a set of trade areas and see every pub with invoices
past their due date, used to decide which accounts go on delivery stop.
"""
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from drayman.db import SessionLocal

OVERDUE_SQL = """
    SELECT p.account_ref, p.trading_name, p.area_code,
           count(i.id) AS invoices, sum(i.gross_pence) AS owed_pence,
           min(i.due_on) AS oldest_due
      FROM invoices i
      JOIN pubs p ON p.id = i.pub_id
     WHERE i.status = 'open'
       AND i.due_on < :as_of
       AND p.area_code IN ({area_placeholders})
     GROUP BY p.account_ref, p.trading_name, p.area_code
     ORDER BY owed_pence DESC
"""


def overdue_by_area(db: Session, areas: list[str], as_of: date) -> list[dict]:
    if not areas:
        return []
    params = {f"area_{i}": code.upper() for i, code in enumerate(areas)}
    placeholders = ", ".join(f":{name}" for name in params)
    stmt = text(OVERDUE_SQL.format(area_placeholders=placeholders))
    result = db.execute(stmt, {**params, "as_of": as_of})
    return [dict(row) for row in result.mappings()]


def accounts_for_stop_list(areas: list[str], threshold_pence: int) -> list[str]:
    with SessionLocal() as db:
        rows = overdue_by_area(db, areas, date.today())
    return [r["account_ref"] for r in rows if r["owed_pence"] >= threshold_pence]


def summary_view(request_args: dict) -> dict:
    areas = [a for a in request_args.get("areas", "").split(",") if a]
    with SessionLocal() as db:
        rows = overdue_by_area(db, areas, date.fromisoformat(request_args["as_of"]))
    return {
        "areas": areas,
        "accounts": rows,
        "total_owed_pence": sum(r["owed_pence"] for r in rows),
    }
