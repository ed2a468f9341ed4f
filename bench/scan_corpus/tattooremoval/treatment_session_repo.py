"""Data access for laser treatment sessions.

Records each session's wavelength, fluence and spot size per tattoo and lets
the consultation screen filter a client's history by body area.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Optional

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Engine

_SELECT = (
    "SELECT id, performed_on, body_area, wavelength_nm, fluence, spot_size_mm "
    "FROM treatment_sessions WHERE client_id = :client_id"
)


@dataclass(frozen=True)
class TreatmentSession:
    session_id: int
    performed_on: date
    body_area: str
    wavelength_nm: int
    fluence: float
    spot_size_mm: float


class TreatmentSessionRepo:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def history(self, client_id: int, body_area: Optional[str] = None) -> list[TreatmentSession]:
        sql = _SELECT
        params: dict = {"client_id": client_id}
        if body_area:
            sql += " AND body_area = :body_area"
            params["body_area"] = body_area
        stmt = text(sql + " ORDER BY performed_on")
        with self._engine.connect() as conn:
            return [TreatmentSession(*row) for row in conn.execute(stmt, params)]

    def for_areas(self, client_id: int, areas: list[str]) -> list[TreatmentSession]:
        stmt = text(_SELECT + " AND body_area IN :areas ORDER BY performed_on").bindparams(
            bindparam("areas", expanding=True)
        )
        with self._engine.connect() as conn:
            rows = conn.execute(stmt, {"client_id": client_id, "areas": list(areas)})
            return [TreatmentSession(*row) for row in rows]

    def record(self, client_id: int, s: TreatmentSession) -> int:
        stmt = text(
            "INSERT INTO treatment_sessions (client_id, performed_on, body_area, wavelength_nm, "
            "fluence, spot_size_mm) VALUES (:client_id, :on, :area, :wl, :fluence, :spot) "
            "RETURNING id"
        )
        with self._engine.begin() as conn:
            return int(
                conn.execute(
                    stmt,
                    {
                        "client_id": client_id,
                        "on": s.performed_on,
                        "area": s.body_area,
                        "wl": s.wavelength_nm,
                        "fluence": s.fluence,
                        "spot": s.spot_size_mm,
                    },
                ).scalar_one()
            )
