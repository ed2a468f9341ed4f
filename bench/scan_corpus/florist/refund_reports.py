"""Refund reporting for the partner-shop finance dashboard."""
from __future__ import annotations

import csv
import io
from datetime import date

import psycopg

REFUND_COLUMNS = ("order_ref", "shop_id", "reason", "amount_cents", "refunded_at")


def _refund_query(shop_id: str, since: date, reason: str | None = None) -> str:
    where = [f"shop_id = '{shop_id}'", f"refunded_at >= '{since.isoformat()}'"]
    if reason:
        where.append(f"reason = '{reason}'")
    return (
        f"SELECT {', '.join(REFUND_COLUMNS)} FROM refunds "
        f"WHERE {' AND '.join(where)} ORDER BY refunded_at DESC"
    )


class RefundReport:
    def __init__(self, dsn: str):
        self.dsn = dsn

    def rows(self, shop_id: str, since: date, reason: str | None = None):
        sql = _refund_query(shop_id, since, reason)
        with psycopg.connect(self.dsn) as conn, conn.cursor() as cur:
            cur.execute(sql)
            return cur.fetchall()

    def to_csv(self, shop_id: str, since: date, reason: str | None = None) -> str:
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(REFUND_COLUMNS)
        for row in self.rows(shop_id, since, reason):
            writer.writerow(row)
        return buf.getvalue()


def report_view(request, report: RefundReport):
    """Django-style view: /finance/refunds.csv?shop=..&since=..&reason=.."""
    shop_id = request.GET["shop"]
    since = date.fromisoformat(request.GET.get("since", date.today().replace(day=1).isoformat()))
    reason = request.GET.get("reason")
    return report.to_csv(shop_id, since, reason)
