"""Yield queries behind the pan performance dashboard.

The dashboard lets the site manager rank pans by dry yield, brine used or
average salinity at harvest for a date range.
"""
from datetime import date
from enum import Enum
from typing import List

import psycopg
from psycopg.rows import dict_row


class Metric(str, Enum):
    DRY_YIELD = "dry_yield_t"
    BRINE_USED = "brine_m3"
    SALINITY = "avg_baume"


SORT_COLUMNS = {
    Metric.DRY_YIELD: "dry_yield_t",
    Metric.BRINE_USED: "brine_m3",
    Metric.SALINITY: "avg_baume",
}


def pan_ranking(conninfo: str, start: date, end: date, metric: str, descending: bool = True) -> List[dict]:
    column = SORT_COLUMNS[Metric(metric)]
    order = "DESC" if descending else "ASC"
    sql = f"""
        SELECT h.pan_id,
               sum(h.dry_kg) / 1000.0 AS dry_yield_t,
               sum(t.volume_m3)       AS brine_m3,
               avg(h.baume_at_rake)   AS avg_baume
          FROM harvest_log h
          LEFT JOIN brine_transfers t
            ON t.to_pan = h.pan_id AND t.transferred_on BETWEEN %(start)s AND %(end)s
         WHERE h.harvest_date BETWEEN %(start)s AND %(end)s
         GROUP BY h.pan_id
         ORDER BY {column} {order} NULLS LAST
    """
    with psycopg.connect(conninfo, row_factory=dict_row) as conn:
        return conn.execute(sql, {"start": start, "end": end}).fetchall()


def pan_history(conninfo: str, pan_id: str, limit: int = 30) -> List[dict]:
    with psycopg.connect(conninfo, row_factory=dict_row) as conn:
        return conn.execute(
            "SELECT harvest_date, dry_kg, baume_at_rake FROM harvest_log "
            "WHERE pan_id = %s ORDER BY harvest_date DESC LIMIT %s",
            (pan_id, limit),
        ).fetchall()
