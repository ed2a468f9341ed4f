"""Data access for employer partner programmes (subsidies, parking perks, enrolment)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass
class Programme:
    employer_id: int
    code: str
    name: str
    monthly_subsidy: Decimal
    reserved_parking_spaces: int


class EmployerProgrammeRepository:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def by_code(self, code: str) -> Programme | None:
        stmt = text(
            "SELECT employer_id, code, name, monthly_subsidy, reserved_parking_spaces"
            " FROM employer_programmes WHERE code = :code AND active"
        )
        with self.engine.connect() as conn:
            row = conn.execute(stmt, {"code": code.strip().upper()}).mappings().first()
        return Programme(**row) if row else None

    def enrol(self, employer_id: int, user_id: int, office_site: str) -> None:
        stmt = text(
            "INSERT INTO employees (employer_id, user_id, office_site)"
            " VALUES (:employer_id, :user_id, :site)"
            " ON CONFLICT (employer_id, user_id) DO UPDATE SET office_site = EXCLUDED.office_site"
        )
        with self.engine.begin() as conn:
            conn.execute(stmt, {"employer_id": employer_id, "user_id": user_id, "site": office_site})

    def search_employees(self, employer_id: int, name_fragment: str) -> list[dict]:
        stmt = text(
            "SELECT u.id, u.display_name, e.office_site FROM employees e"
            " JOIN users u ON u.id = e.user_id"
            " WHERE e.employer_id = :employer_id AND u.display_name ILIKE :pattern"
            " ORDER BY u.display_name LIMIT 50"
        )
        with self.engine.connect() as conn:
            rows = conn.execute(
                stmt, {"employer_id": employer_id, "pattern": f"%{name_fragment}%"}
            ).mappings().all()
        return [dict(r) for r in rows]

    def update_subsidy(self, employer_id: int, amount: Decimal) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                text("UPDATE employer_programmes SET monthly_subsidy = :amount WHERE employer_id = :id"),
                {"amount": amount, "id": employer_id},
            )
