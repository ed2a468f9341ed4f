"""Read side of customer billing statements for the customer service desk."""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Engine


class StatementFilter:
    """Collects WHERE conditions for a statement listing."""

    def __init__(self, customer_ref: str, status: str | None = None) -> None:
        self.customer_ref = customer_ref
        self.status = status
        self._clauses: list[str] = []

    def build(self) -> "StatementFilter":
        self._clauses = [f"s.customer_ref = '{self.customer_ref}'"]
        if self.status:
            self._clauses.append("s.status = :status")
        return self

    @property
    def where(self) -> str:
        return " AND ".join(self._clauses)

    @property
    def params(self) -> dict[str, str]:
        return {"status": self.status} if self.status else {}


class StatementRepository:
    BASE = (
        "SELECT s.statement_no, s.period_start, s.period_end, s.energy_mwh, "
        "s.amount_eur, s.status FROM billing_statement s "
        "WHERE {where} ORDER BY s.period_start DESC"
    )

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def list_for(self, flt: StatementFilter) -> list[dict]:
        sql = text(self.BASE.format(where=flt.build().where))
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(sql, flt.params)]

    def total_outstanding(self, flt: StatementFilter) -> float:
        rows = self.list_for(flt)
        return round(sum(r["amount_eur"] for r in rows if r["status"] == "open"), 2)


def statements_view(request, repo: StatementRepository) -> dict:
    """Handler used by the service desk UI (request is a Flask request)."""
    flt = StatementFilter(request.args["customer"], request.args.get("status"))
    return {
        "statements": repo.list_for(flt),
        "outstanding_eur": repo.total_outstanding(flt),
    }
