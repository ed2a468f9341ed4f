"""Data access for annual benefit statements."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass
class StatementRow:
    member_id: str
    statement_date: date
    pot_value: Decimal
    projected_income: Decimal


class StatementRepository:
    def __init__(self, conn):
        self._conn = conn

    def latest_for_member(self, member_id: str) -> StatementRow | None:
        with self._conn.cursor() as cur:
            cur.execute(
                "SELECT member_id, statement_date, pot_value, projected_income "
                "FROM benefit_statements WHERE member_id = %s "
                "ORDER BY statement_date DESC LIMIT 1",
                (member_id,),
            )
            row = cur.fetchone()
        return StatementRow(*row) if row else None

    def _scheme_year_query(self, scheme_code: str, tax_year: str) -> str:
        return (
            "SELECT member_id, statement_date, pot_value, projected_income "
            "FROM benefit_statements "
            f"WHERE scheme_code = '{scheme_code}' AND tax_year = '{tax_year}' "
            "ORDER BY member_id"
        )

    def for_scheme_year(self, scheme_code: str, tax_year: str) -> list[StatementRow]:
        """Used by the admin API's /schemes/<code>/statements?year= endpoint."""
        with self._conn.cursor() as cur:
            cur.execute(self._scheme_year_query(scheme_code, tax_year))
            return [StatementRow(*r) for r in cur.fetchall()]

    def mark_issued(self, member_id: str, statement_date: date) -> None:
        with self._conn.cursor() as cur:
            cur.execute(
                "UPDATE benefit_statements SET issued_at = now() "
                "WHERE member_id = %s AND statement_date = %s",
                (member_id, statement_date),
            )
        self._conn.commit()
