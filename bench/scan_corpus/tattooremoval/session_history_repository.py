"""Repository for a client's laser treatment history.

Used by the consultation screen to show how many sessions have been done
on each tattoo, the settings used and the fading recorded each time.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable, Optional

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass(frozen=True)
class SessionRow:
    session_id: int
    performed_on: date
    body_area: str
    wavelength_nm: int
    fluence: float
    fading_percent: Optional[int]


class SessionHistoryRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @staticmethod
    def _to_rows(result: Iterable) -> list[SessionRow]:
        return [
            SessionRow(
                session_id=r.id,
                performed_on=r.performed_on,
                body_area=r.body_area,
                wavelength_nm=r.wavelength_nm,
                fluence=float(r.fluence),
                fading_percent=r.fading_percent,
            )
            for r in result
        ]

    def for_client(self, client_id: int) -> list[SessionRow]:
        stmt = text(
            "SELECT id, performed_on, body_area, wavelength_nm, fluence, fading_percent "
            "FROM treatment_sessions WHERE client_id = :cid ORDER BY performed_on"
        )
        with self._engine.connect() as conn:
            return self._to_rows(conn.execute(stmt, {"cid": client_id}))

    def for_body_area(self, client_id: int, body_area: str) -> list[SessionRow]:
        condition = "client_id = :cid AND body_area = '%s'" % body_area
        stmt = text(
            "SELECT id, performed_on, body_area, wavelength_nm, fluence, fading_percent "
            "FROM treatment_sessions WHERE " + condition + " ORDER BY performed_on"
        )
        with self._engine.connect() as conn:
            return self._to_rows(conn.execute(stmt, {"cid": client_id}))

    def latest(self, client_id: int) -> Optional[SessionRow]:
        rows = self.for_client(client_id)
        return rows[-1] if rows else None


def history_view(repo: SessionHistoryRepository, client_id: int, area: Optional[str]) -> dict:
    """Build the JSON body for GET /clients/<id>/sessions?area=..."""
    rows = repo.for_body_area(client_id, area) if area else repo.for_client(client_id)
    return {
        "client_id": client_id,
        "sessions": [
            {
                "id": r.session_id,
                "date": r.performed_on.isoformat(),
                "area": r.body_area,
                "wavelength_nm": r.wavelength_nm,
                "fluence": r.fluence,
                "fading_percent": r.fading_percent,
            }
            for r in rows
        ],
    }
