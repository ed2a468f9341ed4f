"""Delinquency report for property managers: tenants with balances past due."""
from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Engine

SORT_COLUMNS = {
    "balance": "balance_due",
    "days": "days_past_due",
    "unit": "unit_number",
}


def _report_sql(sort_key: str, descending: bool) -> str:
    column = SORT_COLUMNS.get(sort_key, "days_past_due")
    direction = "DESC" if descending else "ASC"
    return f"""
        SELECT l.unit_number,
               t.full_name,
               SUM(c.amount_due - c.amount_paid) AS balance_due,
               (:as_of - MIN(c.due_date)) AS days_past_due
        FROM charges c
        JOIN leases l ON l.id = c.lease_id
        JOIN tenants t ON t.id = l.primary_tenant_id
        WHERE l.property_id = :property_id
          AND c.due_date < :as_of
          AND c.amount_paid < c.amount_due
        GROUP BY l.unit_number, t.full_name
        HAVING SUM(c.amount_due - c.amount_paid) >= :min_balance
        ORDER BY {column} {direction}
    """


def delinquent_tenants(
    engine: Engine,
    property_id: int,
    as_of: date,
    min_balance: float = 0.01,
    sort_key: str = "days",
    descending: bool = True,
) -> list[dict]:
    stmt = text(_report_sql(sort_key, descending))
    params = {"property_id": property_id, "as_of": as_of, "min_balance": min_balance}
    with engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(stmt, params)]
