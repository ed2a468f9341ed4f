"""Data access for Sunday service rotas across the guild's towers."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable, Mapping

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine


@dataclass
class RotaSlot:
    slot_id: int
    tower: str
    service_date: date
    service: str
    ringers_needed: int
    ringers_confirmed: int


class TowerRotaRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @classmethod
    def from_url(cls, url: str) -> "TowerRotaRepository":
        return cls(create_engine(url, pool_pre_ping=True))

    @staticmethod
    def _where_clause(filters: Mapping[str, str]) -> str:
        parts = ["service_date >= :start"]
        if filters.get("tower"):
            parts.append("tower = '{}'".format(filters["tower"]))
        if filters.get("service"):
            parts.append("service = '{}'".format(filters["service"]))
        return " AND ".join(parts)

    def upcoming(self, start: date, filters: Mapping[str, str]) -> list[RotaSlot]:
        stmt = text(
            "SELECT slot_id, tower, service_date, service, ringers_needed, ringers_confirmed "
            "FROM rota_slots WHERE " + self._where_clause(filters) + " ORDER BY service_date"
        )
        with self._engine.connect() as conn:
            rows = conn.execute(stmt, {"start": start}).all()
        return [RotaSlot(*row) for row in rows]

    def confirm(self, slot_id: int, ringer_id: int) -> None:
        with self._engine.begin() as conn:
            conn.execute(
                text("INSERT INTO rota_confirmations (slot_id, ringer_id) VALUES (:s, :r)"),
                {"s": slot_id, "r": ringer_id},
            )
            conn.execute(
                text("UPDATE rota_slots SET ringers_confirmed = ringers_confirmed + 1 "
                     "WHERE slot_id = :s"),
                {"s": slot_id},
            )

    def short_of_ringers(self, slots: Iterable[RotaSlot]) -> list[RotaSlot]:
        return [s for s in slots if s.ringers_confirmed < s.ringers_needed]
