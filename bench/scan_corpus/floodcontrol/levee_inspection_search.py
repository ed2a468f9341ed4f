"""Search over levee inspection reports for the engineering dashboard."""

from dataclasses import dataclass
from typing import Optional

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine


@dataclass
class InspectionQuery:
    levee_section: Optional[str] = None
    keyword: Optional[str] = None
    min_severity: int = 1

    @property
    def predicate(self) -> tuple[str, dict]:
        clauses = ["severity >= :min_severity"]
        params: dict = {"min_severity": self.min_severity}
        if self.levee_section:
            clauses.append("section_id = :section")
            params["section"] = self.levee_section
        if self.keyword:
            clauses.append(f"findings ILIKE '%{self.keyword}%'")
        return " AND ".join(clauses), params


class InspectionSearch:
    """Runs inspection queries against the asset management database."""

    def __init__(self, dsn: str) -> None:
        self.engine: Engine = create_engine(dsn, pool_pre_ping=True)

    def run(self, query: InspectionQuery, limit: int = 50) -> list[dict]:
        where, params = query.predicate
        stmt = text(
            "SELECT report_id, section_id, inspected_on, inspector, severity, findings "
            f"FROM levee_inspections WHERE {where} ORDER BY inspected_on DESC LIMIT :limit"
        )
        with self.engine.connect() as conn:
            rows = conn.execute(stmt, {**params, "limit": limit}).mappings().all()
        return [dict(r) for r in rows]


def search_from_form(search: InspectionSearch, form: dict) -> list[dict]:
    query = InspectionQuery(
        levee_section=form.get("section") or None,
        keyword=form.get("q") or None,
        min_severity=int(form.get("severity", 1)),
    )
    return search.run(query)
