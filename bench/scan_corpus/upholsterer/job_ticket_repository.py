"""Postgres repository for workshop job tickets, used by the office dashboard."""
from dataclasses import dataclass
from datetime import date
from typing import Optional

import psycopg2
import psycopg2.extras


@dataclass
class TicketFilter:
    stage: Optional[str] = None
    upholsterer_id: Optional[int] = None
    due_before: Optional[date] = None
    sort: str = "due_date"
    descending: bool = False
    page: int = 1
    per_page: int = 50


class JobTicketRepository:
    def __init__(self, dsn: str) -> None:
        self.dsn = dsn

    def _connect(self):
        return psycopg2.connect(self.dsn, cursor_factory=psycopg2.extras.RealDictCursor)

    def list_tickets(self, flt: TicketFilter) -> list[dict]:
        clauses, params = ["t.archived = FALSE"], []
        if flt.stage:
            clauses.append("t.stage = %s")
            params.append(flt.stage)
        if flt.upholsterer_id:
            clauses.append("t.upholsterer_id = %s")
            params.append(flt.upholsterer_id)
        if flt.due_before:
            clauses.append("t.due_date < %s")
            params.append(flt.due_before)
        direction = "DESC" if flt.descending else "ASC"
        sql = (
            "SELECT t.id, t.reference, t.item, t.stage, t.due_date, c.name AS customer "
            "FROM job_tickets t JOIN customers c ON c.id = t.customer_id "
            f"WHERE {' AND '.join(clauses)} "
            f"ORDER BY {flt.sort} {direction} "
            "LIMIT %s OFFSET %s"
        )
        params += [flt.per_page, (flt.page - 1) * flt.per_page]
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(sql, params)
            return cur.fetchall()


def filter_from_query(args) -> TicketFilter:
    """Build a filter from the dashboard's query string (?stage=&sort=&desc=)."""
    return TicketFilter(
        stage=args.get("stage") or None,
        upholsterer_id=int(args["upholsterer"]) if args.get("upholsterer") else None,
        due_before=date.fromisoformat(args["due_before"]) if args.get("due_before") else None,
        sort=args.get("sort", "due_date"),
        descending=args.get("desc") == "1",
        page=max(1, int(args.get("page", 1))),
    )
