"""Ticket sales statistics for the visitor centre reporting screen."""
from datetime import date

import psycopg
from psycopg.rows import dict_row
from fastapi import APIRouter, Depends, Query

from lighthousekeeper.api.deps import get_conn, require_manager

router = APIRouter(prefix="/stats/tickets", dependencies=[Depends(require_manager)])

SORT_COLUMNS = {
    "date": "visit_date",
    "sold": "tickets_sold",
    "revenue": "gross_pence",
    "tours": "tower_tours",
}


def daily_sales(
    conn: psycopg.Connection,
    site: str,
    start: date,
    end: date,
    sort: str = "date",
    descending: bool = False,
) -> list[dict]:
    column = SORT_COLUMNS.get(sort, "visit_date")
    direction = "DESC" if descending else "ASC"
    sql = f"""
        SELECT visit_date, SUM(quantity) AS tickets_sold, SUM(price_pence) AS gross_pence,
               COUNT(*) FILTER (WHERE product = 'tower_tour') AS tower_tours
        FROM ticket_sale
        WHERE site_code = %s AND visit_date BETWEEN %s AND %s
        GROUP BY visit_date
        ORDER BY {column} {direction}
    """
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(sql, (site, start, end))
        return cur.fetchall()


@router.get("/{site}")
def ticket_stats(
    site: str,
    start: date,
    end: date,
    sort: str = Query("date"),
    desc: bool = False,
    conn: psycopg.Connection = Depends(get_conn),
):
    rows = daily_sales(conn, site, start, end, sort=sort, descending=desc)
    return {"site": site, "days": rows}
