"""Queries behind the tour-expenses dashboard (per-diems, fuel, lodging, repairs)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import List, Optional

import psycopg
from psycopg.rows import class_row


@dataclass
class ExpenseLine:
    spent_on: date
    category: str
    description: str
    amount_cents: int
    paid_by: str


@dataclass
class CategoryTotal:
    category: str
    total_cents: int


class TourExpenseQueries:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    def lines(
        self, tour_code: str, category: Optional[str] = None, since: Optional[date] = None
    ) -> List[ExpenseLine]:
        sql = (
            "SELECT spent_on, category, description, amount_cents, paid_by "
            "FROM tour_expenses "
            "WHERE tour_code = %(tour)s "
            "AND (%(category)s::text IS NULL OR category = %(category)s) "
            "AND (%(since)s::date IS NULL OR spent_on >= %(since)s) "
            "ORDER BY spent_on, id"
        )
        params = {"tour": tour_code, "category": category, "since": since}
        with psycopg.connect(self._conninfo) as conn:
            with conn.cursor(row_factory=class_row(ExpenseLine)) as cur:
                cur.execute(sql, params)
                return cur.fetchall()

    def totals(self, tour_code: str) -> List[CategoryTotal]:
        with psycopg.connect(self._conninfo) as conn:
            with conn.cursor(row_factory=class_row(CategoryTotal)) as cur:
                cur.execute(
                    "SELECT category, SUM(amount_cents)::bigint AS total_cents "
                    "FROM tour_expenses WHERE tour_code = %s GROUP BY category ORDER BY category",
                    (tour_code,),
                )
                return cur.fetchall()

    def flag_for_review(self, expense_id: int, reviewer: str, note: str) -> None:
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "UPDATE tour_expenses SET needs_review = TRUE, review_note = %s, reviewer = %s "
                "WHERE id = %s",
                (note, reviewer, expense_id),
            )
