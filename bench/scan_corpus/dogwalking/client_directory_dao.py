"""Client directory export for the office, using psycopg's SQL composition."""

from __future__ import annotations

import csv
import io
from typing import Iterable

import psycopg
from psycopg import sql

EXPORTABLE_FIELDS = ("full_name", "email", "phone", "address_line1", "postcode", "vet_name")


class ClientDirectoryDao:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    @staticmethod
    def _checked_fields(requested: Iterable[str]) -> list[str]:
        fields = [f for f in requested if f in EXPORTABLE_FIELDS]
        if not fields:
            raise ValueError("no exportable fields requested")
        return fields

    def export_csv(self, requested_fields: Iterable[str], postcode_prefix: str | None = None) -> str:
        fields = self._checked_fields(requested_fields)
        query = sql.SQL("SELECT {fields} FROM clients WHERE archived = false").format(
            fields=sql.SQL(", ").join(sql.Identifier(f) for f in fields)
        )
        params: list[object] = []
        if postcode_prefix:
            query += sql.SQL(" AND postcode LIKE %s")
            params.append(postcode_prefix.upper() + "%")
        query += sql.SQL(" ORDER BY {}").format(sql.Identifier(fields[0]))

        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(fields)
        with psycopg.connect(self._dsn) as conn:
            for row in conn.execute(query, params):
                writer.writerow(row)
        return buf.getvalue()

    def update_field(self, client_id: int, field: str, value: str) -> None:
        (column,) = self._checked_fields([field])
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                sql.SQL("UPDATE clients SET {} = %s WHERE id = %s").format(sql.Identifier(column)),
                (value, client_id),
            )
