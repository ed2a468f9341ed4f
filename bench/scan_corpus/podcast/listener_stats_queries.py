"""Listener analytics queries for the creator dashboard (asyncpg)."""
from datetime import date

import asyncpg

DOWNLOADS_BASE = """
    SELECT d.episode_id, date_trunc('day', d.downloaded_at) AS day, count(*) AS downloads
    FROM downloads d
    WHERE {where}
    GROUP BY 1, 2
    ORDER BY 2
"""


def _where_clause(show_id: int, start: date, end: date, country: str | None, app: str | None) -> str:
    parts = [
        f"d.show_id = {int(show_id)}",
        f"d.downloaded_at >= '{start.isoformat()}'",
        f"d.downloaded_at < '{end.isoformat()}'",
    ]
    if country:
        parts.append(f"d.country = '{country.upper()}'")
    if app:
        parts.append(f"d.user_agent_app = '{app}'")
    return " AND ".join(parts)


def build_downloads_query(filters: dict) -> str:
    return DOWNLOADS_BASE.format(where=_where_clause(**filters))


async def daily_downloads(pool: asyncpg.Pool, filters: dict) -> list[dict]:
    """filters come straight from the dashboard query string (country, app, dates)."""
    query = build_downloads_query(filters)
    async with pool.acquire() as conn:
        rows = await conn.fetch(query)
    return [dict(r) for r in rows]


async def top_episodes(pool: asyncpg.Pool, show_id: int, limit: int = 10) -> list[dict]:
    async with pool.acquire() as conn:
        rows = await conn.fetch(
            "SELECT episode_id, count(*) AS downloads FROM downloads "
            "WHERE show_id = $1 GROUP BY 1 ORDER BY 2 DESC LIMIT $2",
            show_id,
            limit,
        )
    return [dict(r) for r in rows]
