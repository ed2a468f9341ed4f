"""Peal statistics grouped by a chosen dimension.

Backs the statistics page where visitors can group the association's
peal totals by tower, method, conductor or year.
"""
import psycopg
from psycopg import sql
from psycopg.rows import dict_row

from bellringer.settings import settings

GROUPINGS = {
    "tower": ("peals", "tower_code"),
    "method": ("peals", "method_title"),
    "conductor": ("peals", "conductor"),
    "year": ("peal_years", "year"),
}


class UnknownGrouping(ValueError):
    pass


def _grouped_query(grouping: str) -> sql.Composed:
    try:
        table, column = GROUPINGS[grouping]
    except KeyError as exc:
        raise UnknownGrouping(grouping) from exc
    return sql.SQL(
        "SELECT {col} AS label, COUNT(*) AS peals, SUM(changes) AS changes "
        "FROM {tbl} WHERE rung_on BETWEEN %s AND %s "
        "GROUP BY {col} ORDER BY peals DESC LIMIT %s"
    ).format(col=sql.Identifier(column), tbl=sql.Identifier(table))


async def grouped_totals(grouping: str, start: str, end: str, limit: int = 20) -> list[dict]:
    query = _grouped_query(grouping)
    async with await psycopg.AsyncConnection.connect(settings.RECORDS_DSN) as conn:
        async with conn.cursor(row_factory=dict_row) as cur:
            await cur.execute(query, (start, end, min(limit, 100)))
            return await cur.fetchall()


async def first_peal_on(tower_code: str) -> dict | None:
    async with await psycopg.AsyncConnection.connect(settings.RECORDS_DSN) as conn:
        async with conn.cursor(row_factory=dict_row) as cur:
            await cur.execute(
                "SELECT rung_on, method_title, conductor FROM peals "
                "WHERE tower_code = %s ORDER BY rung_on LIMIT 1",
                (tower_code,),
            )
            return await cur.fetchone()
