"""Repository for truffle-dog scent-training sessions (SQLAlchemy Core)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Optional

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Engine


@dataclass
class ScentSession:
    dog_name: str
    session_date: date
    species: str
    hides: int
    finds: int
    false_alerts: int
    trainer: str


SESSIONS_FOR_DOG = text(
    "SELECT d.name AS dog_name, t.session_date, t.species, t.hides, t.finds, "
    "t.false_alerts, t.trainer FROM training_sessions t JOIN dogs d ON d.id = t.dog_id "
    "WHERE d.name = :dog_name AND t.session_date BETWEEN :start AND :end "
    "AND (:species IS NULL OR t.species = :species) ORDER BY t.session_date"
).bindparams(bindparam("species", value=None))


class ScentSessionRepo:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def add(self, s: ScentSession) -> None:
        with self._engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO training_sessions "
                    "(dog_id, session_date, species, hides, finds, false_alerts, trainer) "
                    "SELECT id, :session_date, :species, :hides, :finds, :false_alerts, :trainer "
                    "FROM dogs WHERE name = :dog_name"
                ),
                vars(s),
            )

    def for_dog(
        self, dog_name: str, start: date, end: date, species: Optional[str] = None
    ) -> list[ScentSession]:
        params = {"dog_name": dog_name.strip(), "start": start, "end": end, "species": species}
        with self._engine.connect() as conn:
            rows = conn.execute(SESSIONS_FOR_DOG, params).mappings().all()
        return [ScentSession(**row) for row in rows]

    def find_rate(self, dog_name: str, start: date, end: date) -> float:
        sessions = self.for_dog(dog_name, start, end)
        hides = sum(s.hides for s in sessions)
        return sum(s.finds for s in sessions) / hides if hides else 0.0
