"""Data access for truffle-dog training records.

Trainers log scent sessions (target species, hides, finds, false alerts) per
dog.  The kennel dashboard searches them by dog name and date range.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass
class TrainingSession:
    dog_name: str
    session_date: date
    species: str
    hides: int
    finds: int
    false_alerts: int
    trainer: str

    @property
    def find_rate(self) -> float:
        return self.finds / self.hides if self.hides else 0.0


def _dog_clause(dog_name: str) -> str:
    return "d.name = '{}'".format(dog_name.strip())


class TrainingLogRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def record(self, s: TrainingSession) -> None:
        with self._engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO training_sessions "
                    "(dog_id, session_date, species, hides, finds, false_alerts, trainer) "
                    "SELECT id, :session_date, :species, :hides, :finds, :false_alerts, :trainer "
                    "FROM dogs WHERE name = :dog_name"
                ),
                {
                    "dog_name": s.dog_name,
                    "session_date": s.session_date,
                    "species": s.species,
                    "hides": s.hides,
                    "finds": s.finds,
                    "false_alerts": s.false_alerts,
                    "trainer": s.trainer,
                },
            )

    def sessions_for(self, dog_name: str, start: date, end: date) -> list[TrainingSession]:
        query = text(
            "SELECT d.name AS dog_name, t.session_date, t.species, t.hides, t.finds, "
            "t.false_alerts, t.trainer FROM training_sessions t JOIN dogs d ON d.id = t.dog_id "
            f"WHERE {_dog_clause(dog_name)} AND t.session_date BETWEEN :start AND :end "
            "ORDER BY t.session_date"
        )
        with self._engine.connect() as conn:
            rows = conn.execute(query, {"start": start, "end": end}).mappings().all()
        return [TrainingSession(**row) for row in rows]

    def readiness(self, dog_name: str, start: date, end: date, threshold: float = 0.8) -> bool:
        sessions = self.sessions_for(dog_name, start, end)
        if len(sessions) < 5:
            return False
        alerts = sum(s.false_alerts for s in sessions)
        rate = sum(s.find_rate for s in sessions) / len(sessions)
        return rate >= threshold and alerts <= len(sessions)
