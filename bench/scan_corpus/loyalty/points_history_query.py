"""Points history listing for the member app (psycopg 3).

The app lets members sort their history by date, points or merchant, so
the ORDER BY column is chosen from a fixed mapping and composed as an
identifier; all values are bound as parameters.
"""
from datetime import date

from psycopg import sql
from psycopg.rows import dict_row

SORTABLE = {
    "date": "posted_at",
    "points": "points",
    "merchant": "merchant_name",
}
PAGE_SIZE = 50


def build_history_query(sort: str, descending: bool) -> sql.Composed:
    column = SORTABLE.get(sort, "posted_at")
    direction = sql.SQL("DESC") if descending else sql.SQL("ASC")
    return sql.SQL(
        "SELECT id, posted_at, entry_type, points, merchant_name "
        "FROM member_points_history "
        "WHERE member_id = %(member_id)s AND posted_at >= %(since)s "
        "ORDER BY {col} {dir}, id {dir} "
        "LIMIT %(limit)s OFFSET %(offset)s"
    ).format(col=sql.Identifier(column), dir=direction)


def fetch_history(conn, member_id: int, since: date, sort: str = "date",
                  descending: bool = True, page: int = 0) -> list[dict]:
    query = build_history_query(sort, descending)
    params = {
        "member_id": member_id,
        "since": since,
        "limit": PAGE_SIZE,
        "offset": max(page, 0) * PAGE_SIZE,
    }
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(query, params)
        return cur.fetchall()
