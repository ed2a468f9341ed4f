"""CSV export of print orders for the accounts team."""
import csv
import io
from datetime import date

from psycopg import AsyncConnection, sql

from cartographer.config import settings

EXPORTABLE = ("id", "shop_code", "paper_size", "copies", "total_pence", "status", "created_at")


def _columns(requested: list) -> list:
    chosen = [c for c in requested if c in EXPORTABLE]
    return chosen or list(EXPORTABLE)


async def export_orders(requested_columns: list, start: date, end: date, shop_code: str = None) -> str:
    columns = _columns(requested_columns)
    where = [sql.SQL("created_at >= %s"), sql.SQL("created_at < %s")]
    params = [start, end]
    if shop_code:
        where.append(sql.SQL("shop_code = %s"))
        params.append(shop_code)
    query = sql.SQL("SELECT {cols} FROM print_orders WHERE {where} ORDER BY created_at").format(
        cols=sql.SQL(", ").join(sql.Identifier(c) for c in columns),
        where=sql.SQL(" AND ").join(where),
    )
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(columns)
    async with await AsyncConnection.connect(settings.DATABASE_URL) as conn:
        async with conn.cursor() as cur:
            await cur.execute(query, params)
            async for row in cur:
                writer.writerow(row)
    return buf.getvalue()
