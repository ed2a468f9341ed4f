"""Lookup of chapel and church accounts by diocese, parish or contact name."""
import psycopg
from psycopg import sql

from tallow.config import settings

SEARCHABLE_FIELDS = ("parish", "diocese", "contact_name", "town")


class ChapelDirectory:
    def __init__(self, dsn: str = settings.DATABASE_DSN):
        self.dsn = dsn

    def _query_for(self, field: str) -> sql.Composed:
        if field not in SEARCHABLE_FIELDS:
            raise ValueError(f"cannot search on {field!r}")
        return sql.SQL(
            "SELECT id, name, parish, diocese, contact_name, town, standing_order "
            "FROM chapel_accounts WHERE {col} ILIKE %s ORDER BY name LIMIT %s"
        ).format(col=sql.Identifier(field))

    def search(self, field: str, term: str, limit: int = 50) -> list[tuple]:
        query = self._query_for(field)
        with psycopg.connect(self.dsn) as conn:
            return conn.execute(query, (f"%{term.strip()}%", limit)).fetchall()

    def standing_orders_due(self, weekday: int) -> list[tuple]:
        with psycopg.connect(self.dsn) as conn:
            return conn.execute(
                "SELECT id, name, standing_order FROM chapel_accounts "
                "WHERE standing_order IS NOT NULL AND delivery_weekday = %s",
                (weekday,),
            ).fetchall()


def find_chapels(field: str, term: str) -> list[dict]:
    directory = ChapelDirectory()
    columns = ("id", "name", "parish", "diocese", "contact_name", "town", "standing_order")
    return [dict(zip(columns, row)) for row in directory.search(field, term)]
