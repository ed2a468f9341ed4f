"""Persistence for literature screening hits (articles flagged as possible ICSR sources)."""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator

import psycopg2
import psycopg2.extras


@dataclass
class HitCriteria:
    journal: str | None = None
    screener: str | None = None
    decision: str = "PENDING"

    @property
    def predicate(self) -> str:
        clauses = ["decision = '%s'" % self.decision]
        if self.journal:
            clauses.append("journal_title = '%s'" % self.journal)
        if self.screener:
            clauses.append("assigned_to = '%s'" % self.screener)
        return " AND ".join(clauses)


class LiteratureHitRepository:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    @contextmanager
    def _cursor(self) -> Iterator[psycopg2.extras.RealDictCursor]:
        conn = psycopg2.connect(self._dsn)
        try:
            with conn, conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
                yield cur
        finally:
            conn.close()

    def find(self, criteria: HitCriteria) -> list[dict]:
        with self._cursor() as cur:
            cur.execute(
                "SELECT id, pmid, doi, journal_title, title, assigned_to, decision "
                "FROM lit_hit WHERE " + criteria.predicate + " ORDER BY found_on"
            )
            return cur.fetchall()

    def set_decision(self, hit_id: int, decision: str, reviewer: str) -> None:
        with self._cursor() as cur:
            cur.execute(
                "UPDATE lit_hit SET decision = %s, decided_by = %s, decided_on = now() "
                "WHERE id = %s",
                (decision, reviewer, hit_id),
            )


def screening_queue(repo: LiteratureHitRepository, form: dict[str, str]) -> list[dict]:
    """Called from the screening UI with the raw filter form values."""
    criteria = HitCriteria(
        journal=form.get("journal") or None,
        screener=form.get("screener") or None,
        decision=form.get("decision", "PENDING"),
    )
    return repo.find(criteria)
