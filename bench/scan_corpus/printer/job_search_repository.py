"""Search repository for the production job board.

Customer service staff search jobs by customer name or reference; the board
supports a free-text box plus status chips and a page size.
"""
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

ALLOWED_STATUSES = {"artwork", "proofing", "approved", "on_press", "finishing", "dispatched"}


@dataclass
class JobFilter:
    query: str = ""
    statuses: list[str] = field(default_factory=list)
    limit: int = 50


def _where_clause(flt: JobFilter) -> tuple[str, dict]:
    clauses = ["1=1"]
    params: dict = {"limit": flt.limit}
    chosen = [s for s in flt.statuses if s in ALLOWED_STATUSES]
    if chosen:
        params["statuses"] = chosen
        clauses.append("j.status = ANY(:statuses)")
    if flt.query:
        clauses.append(f"(c.name ILIKE '%{flt.query}%' OR j.reference ILIKE '%{flt.query}%')")
    return " AND ".join(clauses), params


class JobSearchRepository:
    def __init__(self, session: AsyncSession):
        self.session = session

    async def search(self, flt: JobFilter) -> list[dict]:
        where, params = _where_clause(flt)
        sql = text(
            "SELECT j.id, j.reference, j.status, j.due_date, c.name AS customer "
            "FROM jobs j JOIN customers c ON c.id = j.customer_id "
            f"WHERE {where} ORDER BY j.due_date LIMIT :limit"
        )
        result = await self.session.execute(sql, params)
        return [dict(row._mapping) for row in result]


async def search_from_request(session: AsyncSession, args: dict) -> list[dict]:
    raw_status = args.get("status", "")
    flt = JobFilter(
        query=args.get("q", "").strip(),
        statuses=raw_status.split(",") if raw_status else [],
        limit=min(int(args.get("limit", 50)), 200),
    )
    return await JobSearchRepository(session).search(flt)
