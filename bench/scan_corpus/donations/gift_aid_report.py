"""Gift Aid summary report for the finance team.

Groups claimed and unclaimed Gift Aid by month for a chosen table
(live donations or the pre-2019 legacy import).
"""

import os
from decimal import Decimal

import psycopg
from psycopg import sql

REPORT_TABLES = {"live": "donations", "legacy": "legacy_donations"}

SUMMARY = sql.SQL(
    "SELECT date_trunc('month', received_on) AS month, "
    "SUM(amount) FILTER (WHERE gift_aid_claim_id IS NOT NULL) AS claimed, "
    "SUM(amount) FILTER (WHERE gift_aid_claim_id IS NULL) AS unclaimed "
    "FROM {table} "
    "WHERE received_on >= %s AND received_on < %s AND campaign_code = ANY(%s) "
    "GROUP BY 1 ORDER BY 1"
)


def monthly_summary(source: str, start, end, campaigns: list[str]) -> list[dict]:
    table = REPORT_TABLES[source]
    query = SUMMARY.format(table=sql.Identifier(table))
    with psycopg.connect(os.environ["FUNDRAISING_DSN"]) as conn:
        rows = conn.execute(query, (start, end, campaigns)).fetchall()
    return [
        {
            "month": month.date().isoformat(),
            "claimed": claimed or Decimal("0"),
            "unclaimed": unclaimed or Decimal("0"),
            "gift_aid_value": ((claimed or Decimal("0")) * Decimal("0.25")).quantize(Decimal("0.01")),
        }
        for month, claimed, unclaimed in rows
    ]
