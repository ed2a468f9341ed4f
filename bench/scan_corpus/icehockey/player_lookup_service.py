"""Player lookups used by the registration desk during tryout check-in."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Iterator


@dataclass
class PlayerCard:
    player_id: int
    first_name: str
    last_name: str
    birth_year: int
    team: str | None
    waiver_signed: bool


class PlayerLookup:
    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.row_factory = sqlite3.Row

    def close(self) -> None:
        self._conn.close()

    @staticmethod
    def _like_prefix(text: str) -> str:
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return escaped + "%"

    def _cards(self, rows: Iterator[sqlite3.Row]) -> list[PlayerCard]:
        return [
            PlayerCard(r["id"], r["first_name"], r["last_name"], r["birth_year"],
                       r["team"], bool(r["waiver_signed"]))
            for r in rows
        ]

    def by_name(self, last_name: str, birth_year: int | None = None) -> list[PlayerCard]:
        sql = (
            "SELECT p.id, p.first_name, p.last_name, p.birth_year, t.name AS team, "
            "p.waiver_signed FROM players p LEFT JOIN teams t ON t.id = p.team_id "
            "WHERE p.last_name LIKE ? ESCAPE '\\'"
        )
        params: list[object] = [self._like_prefix(last_name.strip())]
        if birth_year is not None:
            sql += " AND p.birth_year = ?"
            params.append(birth_year)
        sql += " ORDER BY p.last_name, p.first_name LIMIT 25"
        return self._cards(self._conn.execute(sql, params))

    def by_registration_number(self, registration_no: str) -> PlayerCard | None:
        cards = self._cards(
            self._conn.execute(
                "SELECT p.id, p.first_name, p.last_name, p.birth_year, t.name AS team, "
                "p.waiver_signed FROM players p LEFT JOIN teams t ON t.id = p.team_id "
                "WHERE p.registration_no = ?",
                (registration_no.strip().upper(),),
            )
        )
        return cards[0] if cards else None

    def mark_checked_in(self, player_id: int, station: str) -> None:
        with self._conn:
            self._conn.execute(
                "INSERT INTO tryout_checkins (player_id, station, checked_in_at) "
                "VALUES (?, ?, datetime('now'))",
                (player_id, station),
            )
