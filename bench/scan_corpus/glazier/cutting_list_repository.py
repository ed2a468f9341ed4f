"""Persistence for cutting lists produced from surveyed openings.

A cutting list is the set of panes (glass spec, width, height, quantity)
that the workshop cuts for one job after the surveyor's measurements have
had frame deductions applied.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import psycopg2
from psycopg2.extras import execute_values


@dataclass
class CutItem:
    opening_ref: str
    glass_spec: str
    width_mm: int
    height_mm: int
    qty: int = 1


class CuttingListRepository:
    def __init__(self, dsn: str):
        self.dsn = dsn

    def save(self, job_ref: str, items: Iterable[CutItem]) -> int:
        rows = [(job_ref, i.opening_ref, i.glass_spec, i.width_mm, i.height_mm, i.qty) for i in items]
        with psycopg2.connect(self.dsn) as conn, conn.cursor() as cur:
            cur.execute("DELETE FROM cut_items WHERE job_ref = %s", (job_ref,))
            execute_values(
                cur,
                "INSERT INTO cut_items (job_ref, opening_ref, glass_spec, width_mm, height_mm, qty) VALUES %s",
                rows,
            )
        return len(rows)

    def for_job(self, job_ref: str) -> list[CutItem]:
        with psycopg2.connect(self.dsn) as conn, conn.cursor() as cur:
            cur.execute(
                "SELECT opening_ref, glass_spec, width_mm, height_mm, qty FROM cut_items "
                "WHERE job_ref = %s ORDER BY glass_spec, width_mm DESC",
                (job_ref,),
            )
            return [CutItem(*row) for row in cur.fetchall()]

    def search_spec(self, spec_fragment: str) -> list[tuple[str, int]]:
        """Jobs still waiting on a given glass spec, e.g. '4/16/4 argon' or 'Pilkington K'."""
        with psycopg2.connect(self.dsn) as conn, conn.cursor() as cur:
            cur.execute(
                "SELECT job_ref, SUM(qty) FROM cut_items WHERE glass_spec ILIKE %s "
                "AND cut_at IS NULL GROUP BY job_ref ORDER BY job_ref",
                ("%" + spec_fragment + "%",),
            )
            return cur.fetchall()
