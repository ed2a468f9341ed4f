"""Queries behind the production dashboard (pairs knitted per machine, per shift)."""
from enum import Enum

import psycopg
from psycopg.rows import dict_row

SORTABLE = {
    "machine": "m.machine_code",
    "pairs": "pairs_knitted",
    "defects": "defect_rate",
    "downtime": "downtime_min",
}


class Shift(str, Enum):
    EARLY = "early"
    LATE = "late"
    NIGHT = "night"


def shift_summary(conn: psycopg.Connection, day: str, shift: str, sort: str = "pairs", desc: bool = True):
    shift_value = Shift(shift).value
    order_col = SORTABLE.get(sort, SORTABLE["pairs"])
    direction = "DESC" if desc else "ASC"
    sql = f"""
        SELECT m.machine_code,
               SUM(r.pairs) AS pairs_knitted,
               AVG(r.defects::float / NULLIF(r.pairs, 0)) AS defect_rate,
               SUM(r.downtime_min) AS downtime_min
        FROM knit_runs r
        JOIN machines m ON m.id = r.machine_id
        WHERE r.run_date = %(day)s AND r.shift = %(shift)s
        GROUP BY m.machine_code
        ORDER BY {order_col} {direction}
    """
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(sql, {"day": day, "shift": shift_value})
        return cur.fetchall()


def style_breakdown(conn: psycopg.Connection, day: str, style_prefix: str):
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(
            "SELECT j.style_code, j.size, SUM(r.pairs) AS pairs "
            "FROM knit_runs r JOIN knit_jobs j ON j.id = r.job_id "
            "WHERE r.run_date = %s AND j.style_code LIKE %s "
            "GROUP BY j.style_code, j.size ORDER BY j.style_code, j.size",
            (day, style_prefix.replace("%", r"\%").replace("_", r"\_") + "%"),
        )
        return cur.fetchall()
