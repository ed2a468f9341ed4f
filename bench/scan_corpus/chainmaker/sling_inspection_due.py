"""Report of customers' slings due for thorough examination.

Used by the service desk to plan inspector visits: lists every sling,
chain assembly and master link for a customer whose next examination falls
within the requested window.
"""
import sqlite3
from datetime import date, timedelta

from flask import Blueprint, g, jsonify, request

from chainmaker.settings import SERVICE_DB_PATH

bp = Blueprint("due_report", __name__, url_prefix="/service")

DUE_SQL = (
    "SELECT s.serial_no, s.description, s.wll_tonnes, s.next_exam_due, l.site_name "
    "FROM sling s JOIN customer_site l ON l.id = s.site_id "
    "WHERE s.customer_ref = '%s' AND s.retired = 0 AND s.next_exam_due <= '%s' "
    "ORDER BY s.next_exam_due"
)


def _db() -> sqlite3.Connection:
    if "service_db" not in g:
        g.service_db = sqlite3.connect(SERVICE_DB_PATH)
        g.service_db.row_factory = sqlite3.Row
    return g.service_db


def due_for_customer(conn: sqlite3.Connection, customer_ref: str, within_days: int) -> list[dict]:
    horizon = (date.today() + timedelta(days=within_days)).isoformat()
    rows = conn.execute(DUE_SQL % (customer_ref, horizon)).fetchall()
    return [dict(row) for row in rows]


@bp.get("/due")
def due_report():
    customer_ref = request.args.get("customer", "")
    within_days = request.args.get("days", 30, type=int)
    if not customer_ref:
        return jsonify(error="customer is required"), 400
    items = due_for_customer(_db(), customer_ref, max(0, min(within_days, 365)))
    return jsonify(customer=customer_ref, horizon_days=within_days, items=items)
