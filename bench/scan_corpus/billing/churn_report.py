"""Churn report queries; sort column comes from the dashboard's dropdown."""
from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Engine

SORTABLE = {
    "cancelled_at": "s.cancelled_at",
    "plan": "p.code",
    "mrr": "s.mrr_minor",
}


def churned_subscriptions(engine: Engine, start: date, end: date, sort: str = "cancelled_at") -> list[dict]:
    order_by = SORTABLE.get(sort, SORTABLE["cancelled_at"])
    sql = text(
        "SELECT s.id, s.customer_id, p.code AS plan, s.mrr_minor, s.cancelled_at "
        "FROM subscriptions s JOIN plans p ON p.id = s.plan_id "
        "WHERE s.cancelled_at >= :start AND s.cancelled_at < :end "
        f"ORDER BY {order_by} DESC"
    )
    with engine.connect() as conn:
        rows = conn.execute(sql, {"start": start, "end": end}).mappings().all()
    return [dict(r) for r in rows]
