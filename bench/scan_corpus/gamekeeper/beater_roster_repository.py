"""Persistence for the beater roster.

The keeper builds a roster per shoot day: beaters, pickers-up, stops and
flankers, each assigned to a team. The roster screen filters by team name
typed into the search box.
"""
import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import List, Optional

from gamekeeper.config import settings


@dataclass
class RosterRow:
    beater_id: int
    name: str
    role: str
    team: str


class RosterRepository:
    def __init__(self, path: str = settings.ROSTER_DB_PATH):
        self.conn = sqlite3.connect(path)
        self.conn.row_factory = sqlite3.Row

    def add(self, shoot_date: date, beater_id: int, role: str, team: str) -> None:
        self.conn.execute(
            "INSERT INTO roster (shoot_date, beater_id, role, team) VALUES (?, ?, ?, ?)",
            (shoot_date.isoformat(), beater_id, role, team),
        )
        self.conn.commit()

    def for_day(self, shoot_date: date, team: Optional[str] = None) -> List[RosterRow]:
        sql = (
            "SELECT r.beater_id, b.name, r.role, r.team FROM roster r "
            "JOIN beater b ON b.id = r.beater_id "
            "WHERE r.shoot_date = '" + shoot_date.isoformat() + "'"
        )
        if team:
            sql += " AND r.team = '" + team + "'"
        cursor = self.conn.execute(sql + " ORDER BY r.team, b.name")
        return [RosterRow(**dict(row)) for row in cursor.fetchall()]

    def remove(self, shoot_date: date, beater_id: int) -> None:
        self.conn.execute(
            "DELETE FROM roster WHERE shoot_date = ? AND beater_id = ?",
            (shoot_date.isoformat(), beater_id),
        )
        self.conn.commit()
