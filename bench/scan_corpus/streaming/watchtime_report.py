"""Top-videos watch-time report for the creator dashboard."""
from __future__ import annotations

from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Engine

SORT_COLUMNS = {
    "views": "SUM(views)",
    "watch_time": "SUM(watch_seconds)",
    "revenue": "SUM(revenue_micros)",
}
MAX_LIMIT = 200


def top_videos_sql(sort: str) -> str:
    order_expr = SORT_COLUMNS.get(sort, SORT_COLUMNS["views"])
    return f"""
        SELECT video_id, SUM(views) AS views, SUM(watch_seconds) AS watch_seconds
        FROM daily_video_stats
        WHERE channel_id = :channel_id AND day BETWEEN :start AND :end
        GROUP BY video_id
        ORDER BY {order_expr} DESC
        LIMIT :limit
    """


def top_videos(
    engine: Engine,
    channel_id: str,
    start: date,
    end: date,
    sort: str = "views",
    limit: int = 25,
) -> list[dict]:
    params = {
        "channel_id": channel_id,
        "start": start,
        "end": end,
        "limit": max(1, min(int(limit), MAX_LIMIT)),
    }
    with engine.connect() as conn:
        result = conn.execute(text(top_videos_sql(sort)), params)
        return [dict(row._mapping) for row in result]
