"""Policy book reports for the underwriting dashboard."""
from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Connection

SORTABLE = {
    "start": "p.start_date",
    "premium": "p.monthly_premium_pence",
    "claims": "claim_count",
    "breed": "pet.breed",
}


def _report_sql(sort_key: str, descending: bool) -> str:
    order_col = SORTABLE.get(sort_key, SORTABLE["start"])
    direction = "DESC" if descending else "ASC"
    return f"""
        SELECT p.policy_number, pet.species, pet.breed, p.start_date,
               p.monthly_premium_pence, COUNT(c.id) AS claim_count
        FROM policies p
        JOIN pets pet ON pet.id = p.pet_id
        LEFT JOIN claims c ON c.policy_id = p.id
        WHERE p.product_code = :product AND p.start_date BETWEEN :start AND :end
        GROUP BY p.id, pet.species, pet.breed
        ORDER BY {order_col} {direction}
        LIMIT :limit
    """


def policy_book(conn: Connection, product: str, start: date, end: date,
                sort_key: str = "start", descending: bool = True, limit: int = 200) -> list[dict]:
    stmt = text(_report_sql(sort_key, descending))
    rows = conn.execute(stmt, {"product": product, "start": start, "end": end, "limit": min(limit, 1000)})
    return [dict(r._mapping) for r in rows]
