"""Archive queries over superseded and withdrawn proof-load certificates."""
from datetime import date

import psycopg
from psycopg import sql

from chainmaker.settings import ARCHIVE_DSN

ARCHIVE_TABLES = {
    "superseded": "certificate_superseded",
    "withdrawn": "certificate_withdrawn",
}


class CertificateArchive:
    def __init__(self, dsn: str = ARCHIVE_DSN):
        self.dsn = dsn

    def _query(self, kind: str) -> sql.Composed:
        table = ARCHIVE_TABLES[kind]
        return sql.SQL(
            "SELECT number, product_code, reason, archived_on FROM {table} "
            "WHERE product_code LIKE %s AND archived_on >= %s ORDER BY archived_on DESC"
        ).format(table=sql.Identifier(table))

    def search(self, kind: str, product_prefix: str, since: date) -> list[tuple]:
        if kind not in ARCHIVE_TABLES:
            raise ValueError(f"unknown archive: {kind}")
        query = self._query(kind)
        with psycopg.connect(self.dsn) as conn:
            return conn.execute(query, (product_prefix + "%", since)).fetchall()

    def count_by_reason(self, kind: str) -> dict[str, int]:
        query = sql.SQL("SELECT reason, COUNT(*) FROM {table} GROUP BY reason").format(
            table=sql.Identifier(ARCHIVE_TABLES[kind])
        )
        with psycopg.connect(self.dsn) as conn:
            return dict(conn.execute(query).fetchall())
