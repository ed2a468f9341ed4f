"""Roster search for the instructor "People" page."""
from dataclasses import dataclass

from psycopg import sql
from psycopg.rows import dict_row

SORTABLE = {
    "name": ("u", "sort_name"),
    "last_activity": ("e", "last_activity_at"),
    "grade": ("e", "current_score"),
}
MAX_PAGE = 100


@dataclass
class RosterQuery:
    course_id: int
    term: str = ""
    sort: str = "name"
    descending: bool = False
    limit: int = 50
    offset: int = 0


def _statement(q: RosterQuery) -> sql.Composed:
    column = SORTABLE.get(q.sort, SORTABLE["name"])
    direction = sql.SQL("DESC" if q.descending else "ASC")
    return sql.SQL(
        "SELECT u.id, u.sort_name, u.email, e.role, e.current_score, e.last_activity_at "
        "FROM enrolments e JOIN users u ON u.id = e.user_id "
        "WHERE e.course_id = %s AND (u.sort_name ILIKE %s OR u.email ILIKE %s) "
        "ORDER BY {} {} NULLS LAST LIMIT %s OFFSET %s"
    ).format(sql.Identifier(*column), direction)


def search(conn, q: RosterQuery) -> list[dict]:
    pattern = f"%{q.term.strip()}%"
    limit = max(1, min(q.limit, MAX_PAGE))
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(_statement(q), (q.course_id, pattern, pattern, limit, max(0, q.offset)))
        return cur.fetchall()
