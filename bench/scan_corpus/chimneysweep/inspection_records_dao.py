"""Data access for flue inspection records, partitioned by inspection year."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg import sql
from psycopg.rows import dict_row

FIRST_YEAR = 2015


@dataclass
class InspectionRecord:
    flue_id: int
    inspected_on: date
    result: str
    smoke_test_passed: bool
    technician_id: int


class InspectionRecordsDAO:
    def __init__(self, dsn: str):
        self._dsn = dsn

    @staticmethod
    def _table(year: int) -> sql.Identifier:
        if not FIRST_YEAR <= year <= date.today().year:
            raise ValueError(f"no inspection partition for {year}")
        return sql.Identifier(f"inspections_{year}")

    def insert(self, record: InspectionRecord) -> None:
        query = sql.SQL(
            "INSERT INTO {} (flue_id, inspected_on, result, smoke_test_passed, technician_id) "
            "VALUES (%s, %s, %s, %s, %s)"
        ).format(self._table(record.inspected_on.year))
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                query,
                (record.flue_id, record.inspected_on, record.result,
                 record.smoke_test_passed, record.technician_id),
            )

    def for_property(self, year: int, street: str, house: str) -> list[dict]:
        query = sql.SQL(
            "SELECT i.inspected_on, f.label, i.result, i.smoke_test_passed "
            "FROM {} i JOIN flues f ON f.id = i.flue_id "
            "JOIN properties p ON p.id = f.property_id "
            "WHERE p.street = %s AND p.house_number = %s ORDER BY i.inspected_on DESC"
        ).format(self._table(year))
        with psycopg.connect(self._dsn, row_factory=dict_row) as conn:
            return conn.execute(query, (street, house)).fetchall()

    def failed_since(self, since: date) -> list[dict]:
        with psycopg.connect(self._dsn, row_factory=dict_row) as conn:
            return conn.execute(
                "SELECT flue_id, inspected_on, result FROM inspections_all "
                "WHERE result = %s AND inspected_on >= %s",
                ("fail", since),
            ).fetchall()
