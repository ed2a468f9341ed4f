"""Reads and updates customer service contracts in PostgreSQL using psycopg's sql module."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import psycopg
from psycopg import sql
from psycopg.rows import class_row

CONTRACT_TABLES = {
    "residential": "residential_contracts",
    "commercial": "commercial_contracts",
}


@dataclass
class ContractRow:
    id: int
    contract_no: str
    customer_name: str
    start_date: date
    renewal_date: date
    monthly_fee: Decimal
    status: str


class ContractRepository:
    def __init__(self, conn: psycopg.Connection):
        self._conn = conn

    @staticmethod
    def _table(kind: str) -> sql.Identifier:
        try:
            return sql.Identifier(CONTRACT_TABLES[kind])
        except KeyError:
            raise ValueError(f"unknown contract kind: {kind!r}") from None

    def find_by_customer(self, kind: str, customer_name: str) -> list[ContractRow]:
        query = sql.SQL(
            "SELECT id, contract_no, customer_name, start_date, renewal_date, monthly_fee, status"
            " FROM {table} WHERE customer_name ILIKE %s ORDER BY renewal_date"
        ).format(table=self._table(kind))
        with self._conn.cursor(row_factory=class_row(ContractRow)) as cur:
            cur.execute(query, (f"%{customer_name}%",))
            return cur.fetchall()

    def due_for_renewal(self, kind: str, before: date) -> list[ContractRow]:
        query = sql.SQL(
            "SELECT id, contract_no, customer_name, start_date, renewal_date, monthly_fee, status"
            " FROM {table} WHERE status = 'active' AND renewal_date < %s"
        ).format(table=self._table(kind))
        with self._conn.cursor(row_factory=class_row(ContractRow)) as cur:
            cur.execute(query, (before,))
            return cur.fetchall()

    def set_fee(self, kind: str, contract_no: str, fee: Decimal) -> int:
        query = sql.SQL("UPDATE {table} SET monthly_fee = %s WHERE contract_no = %s").format(
            table=self._table(kind)
        )
        with self._conn.cursor() as cur:
            cur.execute(query, (fee, contract_no))
            self._conn.commit()
            return cur.rowcount
