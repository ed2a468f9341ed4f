"""Ad-hoc donor reports for the fundraising team (sortable, filterable)."""
from datetime import date

import psycopg2
from psycopg2 import sql
from psycopg2.extras import RealDictCursor

SORTABLE = {
    "name": ("last_name", "first_name"),
    "total": ("lifetime_total",),
    "last_gift": ("last_gift_date",),
    "postcode": ("postcode",),
}


def _report_query(sort: str, descending: bool) -> sql.Composed:
    columns = SORTABLE.get(sort, SORTABLE["name"])
    direction = sql.SQL("DESC") if descending else sql.SQL("ASC")
    order_by = sql.SQL(", ").join(
        sql.SQL("{} {}").format(sql.Identifier(c), direction) for c in columns
    )
    return sql.SQL(
        "SELECT id, first_name, last_name, postcode, lifetime_total, last_gift_date "
        "FROM donors WHERE deleted_at IS NULL AND last_gift_date >= %s "
        "AND (%s IS NULL OR campaign_code = %s) ORDER BY {} LIMIT %s"
    ).format(order_by)


def lapsed_donor_report(dsn: str, since: date, campaign: str | None, sort: str = "name",
                        descending: bool = False, limit: int = 500) -> list[dict]:
    query = _report_query(sort, descending)
    with psycopg2.connect(dsn) as conn, conn.cursor(cursor_factory=RealDictCursor) as cur:
        cur.execute(query, (since, campaign, campaign, min(limit, 5000)))
        return list(cur.fetchall())
