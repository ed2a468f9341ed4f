"""Data access for conservation project specifications.

A project spec records the building, listing grade, the agreed mortar mix
(binder, aggregate, ratio), sample panel approvals and the conservation
officer's sign-off. The repository backs the spec search in the portal.
"""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass
class SpecSummary:
    spec_ref: str
    building: str
    listing_grade: str
    binder: str
    approved_on: date | None


class ProjectSpecRepository:
    def __init__(self, engine: Engine):
        self.engine = engine

    def search(
        self, building_term: str, listing_grade: str | None = None, limit: int = 25
    ) -> list[SpecSummary]:
        sql = (
            "SELECT spec_ref, building, listing_grade, binder, approved_on "
            "FROM project_specs WHERE building ILIKE :pattern"
        )
        params: dict = {"pattern": f"%{building_term}%", "limit": limit}
        if listing_grade:
            sql += " AND listing_grade = :grade"
            params["grade"] = listing_grade
        sql += " ORDER BY approved_on DESC NULLS LAST LIMIT :limit"
        with self.engine.connect() as conn:
            rows = conn.execute(text(sql), params).all()
        return [SpecSummary(*row) for row in rows]

    def get(self, spec_ref: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                text("SELECT * FROM project_specs WHERE spec_ref = :ref"), {"ref": spec_ref}
            ).mappings().first()
        return dict(row) if row else None

    def record_panel_approval(self, spec_ref: str, panel_no: int, approved_by: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                text(
                    "UPDATE sample_panels SET approved_by = :by, approved_on = current_date "
                    "WHERE spec_ref = :ref AND panel_no = :panel"
                ),
                {"by": approved_by, "ref": spec_ref, "panel": panel_no},
            )
