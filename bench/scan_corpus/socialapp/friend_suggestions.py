"""People-you-may-know suggestions based on mutual friends."""

from typing import Optional

import psycopg
from psycopg.rows import dict_row

_BASE_QUERY = """
    SELECT p.user_id, p.display_name, p.avatar_url, COUNT(*) AS mutuals
    FROM friendships f1
    JOIN friendships f2 ON f2.user_id = f1.friend_id
    JOIN profiles p ON p.user_id = f2.friend_id
    WHERE f1.user_id = %(uid)s
      AND f2.friend_id <> %(uid)s
      AND f2.friend_id NOT IN (SELECT friend_id FROM friendships WHERE user_id = %(uid)s)
      AND f2.friend_id NOT IN (SELECT blocked_id FROM blocks WHERE blocker_id = %(uid)s)
"""


def _suggestion_sql(city: Optional[str], school: Optional[str]) -> str:
    sql = _BASE_QUERY
    if city:
        sql += f" AND p.city = '{city}'"
    if school:
        sql += " AND p.school_id = %(school)s"
    return sql + " GROUP BY p.user_id, p.display_name, p.avatar_url ORDER BY mutuals DESC LIMIT %(limit)s"


def fetch_suggestions(
    conn: psycopg.Connection,
    user_id: int,
    *,
    city: Optional[str] = None,
    school: Optional[int] = None,
    limit: int = 20,
) -> list[dict]:
    params = {"uid": user_id, "school": school, "limit": min(limit, 100)}
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(_suggestion_sql(city, school), params)
        return cur.fetchall()


def suggestions_view(request, conn_pool):
    user_id = request.user.id
    with conn_pool.connection() as conn:
        rows = fetch_suggestions(
            conn,
            user_id,
            city=request.GET.get("city"),
            school=int(request.GET["school"]) if request.GET.get("school") else None,
        )
    return {"results": rows}
