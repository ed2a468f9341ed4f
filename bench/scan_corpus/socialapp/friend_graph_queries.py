"""Queries over the friendship graph used by the friends list screens."""

from typing import Sequence

from psycopg import Connection, sql
from psycopg.rows import dict_row

SORTABLE_COLUMNS = {
    "name": "display_name",
    "recent": "friends_since",
    "activity": "last_active_at",
}


def _friends_query(sort: str, descending: bool) -> sql.Composed:
    column = SORTABLE_COLUMNS.get(sort, "display_name")
    direction = sql.SQL("DESC") if descending else sql.SQL("ASC")
    return sql.SQL(
        "SELECT p.user_id, p.display_name, p.avatar_url, f.created_at AS friends_since, p.last_active_at "
        "FROM friendships f JOIN profiles p ON p.user_id = f.friend_id "
        "WHERE f.user_id = %s AND p.display_name ILIKE %s "
        "ORDER BY {} {} LIMIT %s OFFSET %s"
    ).format(sql.Identifier(column), direction)


def list_friends(
    conn: Connection, user_id: int, *, search: str = "", sort: str = "name",
    descending: bool = False, page: int = 1, per_page: int = 50,
) -> list[dict]:
    pattern = "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    per_page = max(1, min(per_page, 200))
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(_friends_query(sort, descending), (user_id, pattern, per_page, (page - 1) * per_page))
        return cur.fetchall()


def mutual_friend_counts(conn: Connection, user_id: int, other_ids: Sequence[int]) -> dict[int, int]:
    if not other_ids:
        return {}
    with conn.cursor() as cur:
        cur.execute(
            "SELECT f2.user_id, COUNT(*) FROM friendships f1 "
            "JOIN friendships f2 ON f2.friend_id = f1.friend_id "
            "WHERE f1.user_id = %s AND f2.user_id = ANY(%s) GROUP BY f2.user_id",
            (user_id, list(other_ids)),
        )
        return {uid: n for uid, n in cur.fetchall()}
