"""Queries behind the franchisee order analytics dashboard.

Pulls per-store kiosk order KPIs (basket size, upsell take-rate, abandoned
carts) out of the analytics warehouse.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Engine


@dataclass
class ReportFilter:
    store_id: str
    start: dt.date
    end: dt.date
    channel: str = "kiosk"


def _basket_sql(f: ReportFilter) -> str:
    return (
        "SELECT date_trunc('day', placed_at) AS day, "
        "       count(*) AS orders, "
        "       avg(total_cents) / 100.0 AS avg_basket, "
        "       avg(CASE WHEN upsell_accepted THEN 1 ELSE 0 END) AS upsell_rate "
        "FROM kiosk_orders "
        f"WHERE store_id = '{f.store_id}' AND channel = '{f.channel}' "
        f"AND placed_at >= '{f.start.isoformat()}' AND placed_at < '{f.end.isoformat()}' "
        "GROUP BY 1 ORDER BY 1"
    )


def _abandoned_sql() -> sa.TextClause:
    return sa.text(
        "SELECT count(*) FROM kiosk_sessions "
        "WHERE store_id = :store_id AND ended_without_order "
        "AND started_at >= :start AND started_at < :end"
    )


class OrderAnalytics:
    def __init__(self, engine: Engine):
        self.engine = engine

    def basket_report(self, f: ReportFilter) -> list[dict]:
        with self.engine.connect() as conn:
            rows = conn.execute(sa.text(_basket_sql(f))).mappings().all()
        return [dict(r) for r in rows]

    def abandoned_sessions(self, f: ReportFilter) -> int:
        with self.engine.connect() as conn:
            return conn.execute(
                _abandoned_sql(),
                {"store_id": f.store_id, "start": f.start, "end": f.end},
            ).scalar_one()
