"""Enrolment metrics for the study-management dashboard (SQLite reporting replica)."""
import sqlite3
from collections.abc import Sequence

ORDER_COLUMNS = {
    "site": "site_number",
    "enrolled": "enrolled DESC",
    "first": "first_consent",
}


def enrolment_by_site(
    conn: sqlite3.Connection,
    study_id: int,
    site_numbers: Sequence[str],
    since: str,
    sort: str = "site",
) -> list[sqlite3.Row]:
    if not site_numbers:
        return []
    placeholders = ", ".join("?" for _ in site_numbers)
    order_by = ORDER_COLUMNS.get(sort, ORDER_COLUMNS["site"])
    sql = f"""
        SELECT site_number,
               COUNT(*)          AS enrolled,
               MIN(consent_date) AS first_consent,
               MAX(consent_date) AS last_consent
          FROM subjects
         WHERE study_id = ?
           AND consent_date >= ?
           AND site_number IN ({placeholders})
         GROUP BY site_number
         ORDER BY {order_by}
    """
    conn.row_factory = sqlite3.Row
    return conn.execute(sql, (study_id, since, *site_numbers)).fetchall()


def screen_failure_rate(conn: sqlite3.Connection, study_id: int) -> float:
    row = conn.execute(
        "SELECT SUM(status = 'screen_failed') * 1.0 / COUNT(*) FROM subjects WHERE study_id = ?",
        (study_id,),
    ).fetchone()
    return float(row[0] or 0.0)
