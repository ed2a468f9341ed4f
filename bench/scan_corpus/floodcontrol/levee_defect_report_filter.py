"""Filtered listing of levee defects for the maintenance planning screen."""

from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.engine import Connection

SORTABLE = {
    "newest": "reported_on DESC",
    "oldest": "reported_on ASC",
    "severity": "severity DESC, reported_on DESC",
    "chainage": "section_id, chainage_m",
}


@dataclass
class DefectFilter:
    section: str | None = None
    text_search: str | None = None
    sort: str = "newest"
    params: dict = field(default_factory=dict)

    def clauses(self) -> list[str]:
        out = ["status <> 'closed'"]
        if self.section:
            out.append("section_id = :section")
            self.params["section"] = self.section
        if self.text_search:
            out.append("description ILIKE :pattern ESCAPE '\\'")
            escaped = self.text_search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            self.params["pattern"] = f"%{escaped}%"
        return out

    @property
    def order_by(self) -> str:
        return SORTABLE.get(self.sort, SORTABLE["newest"])


def list_defects(conn: Connection, flt: DefectFilter, limit: int = 100) -> list[dict]:
    where = " AND ".join(flt.clauses())
    stmt = text(
        "SELECT defect_id, section_id, chainage_m, severity, description, reported_on "
        f"FROM levee_defects WHERE {where} ORDER BY {flt.order_by} LIMIT :limit"
    )
    rows = conn.execute(stmt, {**flt.params, "limit": limit}).mappings()
    return [dict(r) for r in rows]
