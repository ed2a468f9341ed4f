"""Search the defects register raised by conservation surveys.

Architects and the buildings officer filter defects (cracked ashlar,
failed pointing, rotten potence arms, lantern lead) by structure, text
and severity, and sort by the columns on the register screen.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List

from sqlalchemy import text
from sqlalchemy.engine import Engine

SORTABLE = {
    "raised": "d.raised_on",
    "severity": "d.severity",
    "structure": "s.name",
    "estimate": "d.estimate_pence",
}


@dataclass
class DefectFilter:
    structure_id: int | None = None
    words: str = ""
    min_severity: int = 1
    sort: str = "raised"
    descending: bool = True


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_defects(engine: Engine, f: DefectFilter) -> List[Dict[str, Any]]:
    order_col = SORTABLE.get(f.sort, SORTABLE["raised"])
    order_dir = "DESC" if f.descending else "ASC"
    clauses = ["d.severity >= :min_sev"]
    params: Dict[str, Any] = {"min_sev": f.min_severity}
    if f.structure_id is not None:
        clauses.append("d.structure_id = :sid")
        params["sid"] = f.structure_id
    if f.words:
        clauses.append("d.description ILIKE :pattern ESCAPE '\\'")
        params["pattern"] = f"%{_escape_like(f.words)}%"
    stmt = text(
        "SELECT d.id, s.name AS structure, d.description, d.severity, d.raised_on, "
        "d.estimate_pence FROM defects d JOIN structures s ON s.id = d.structure_id "
        f"WHERE {' AND '.join(clauses)} ORDER BY {order_col} {order_dir}"
    )
    with engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(stmt, params)]
