"""Listener retention curves per episode (percent still listening by minute)."""
from psycopg2 import sql
from psycopg2.extras import RealDictCursor

SORTABLE = {"episode": "episode_id", "started": "starts", "completion": "completion_rate"}

RETENTION_SQL = sql.SQL(
    """
    SELECT episode_id,
           count(*) AS starts,
           avg((max_position_s >= duration_s * 0.95)::int) AS completion_rate
    FROM playback_sessions
    WHERE show_id = %(show_id)s
      AND started_at >= %(since)s
      AND ({platform_filter})
    GROUP BY episode_id
    ORDER BY {order_col} {direction}
    LIMIT %(limit)s
    """
)


def build_query(sort: str, descending: bool, platform: str | None) -> sql.Composed:
    order_col = sql.Identifier(SORTABLE.get(sort, "episode_id"))
    direction = sql.SQL("DESC" if descending else "ASC")
    platform_filter = sql.SQL("platform = %(platform)s") if platform else sql.SQL("TRUE")
    return RETENTION_SQL.format(order_col=order_col, direction=direction, platform_filter=platform_filter)


def retention(conn, show_id: int, since, sort: str = "episode", descending: bool = False,
              platform: str | None = None, limit: int = 50) -> list[dict]:
    query = build_query(sort, descending, platform)
    params = {"show_id": show_id, "since": since, "platform": platform, "limit": min(limit, 500)}
    with conn.cursor(cursor_factory=RealDictCursor) as cur:
        cur.execute(query, params)
        return cur.fetchall()
