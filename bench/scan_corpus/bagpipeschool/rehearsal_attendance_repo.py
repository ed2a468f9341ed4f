"""Recording who turned up to pipe band rehearsals."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable, List

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Engine


@dataclass
class AttendanceRow:
    member_id: int
    name: str
    section: str
    present: bool


class RehearsalAttendanceRepo:
    def __init__(self, engine: Engine):
        self._engine = engine

    def rehearsal_id(self, band_name: str, held_on: date) -> int | None:
        stmt = text(
            "SELECT r.id FROM rehearsals r JOIN bands b ON b.id = r.band_id "
            "WHERE b.name = :band AND r.held_on = :held_on"
        )
        with self._engine.connect() as conn:
            return conn.execute(stmt, {"band": band_name, "held_on": held_on}).scalar()

    def record(self, rehearsal_id: int, present_member_ids: Iterable[int]) -> int:
        ids = sorted(set(present_member_ids))
        with self._engine.begin() as conn:
            conn.execute(
                text("DELETE FROM rehearsal_attendance WHERE rehearsal_id = :rid"),
                {"rid": rehearsal_id},
            )
            if ids:
                conn.execute(
                    text("INSERT INTO rehearsal_attendance (rehearsal_id, member_id) "
                         "VALUES (:rid, :mid)"),
                    [{"rid": rehearsal_id, "mid": mid} for mid in ids],
                )
        return len(ids)

    def sheet(self, rehearsal_id: int, sections: List[str]) -> List[AttendanceRow]:
        stmt = text(
            "SELECT m.id, m.forename || ' ' || m.surname AS name, m.section, "
            "       (a.member_id IS NOT NULL) AS present "
            "FROM rehearsals r "
            "JOIN band_roster m ON m.band_id = r.band_id "
            "LEFT JOIN rehearsal_attendance a "
            "       ON a.rehearsal_id = r.id AND a.member_id = m.id "
            "WHERE r.id = :rid AND m.section IN :sections "
            "ORDER BY m.section, m.surname"
        ).bindparams(bindparam("sections", expanding=True))
        with self._engine.connect() as conn:
            rows = conn.execute(stmt, {"rid": rehearsal_id, "sections": sections})
            return [AttendanceRow(r.id, r.name, r.section, bool(r.present)) for r in rows]
