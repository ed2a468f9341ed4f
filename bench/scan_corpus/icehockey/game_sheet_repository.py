"""Query builder for game sheets shown in the league standings pages."""
from __future__ import annotations

from typing import Any

from flask import Blueprint, jsonify, request
from sqlalchemy import text
from sqlalchemy.orm import Session

from .database import SessionLocal

bp = Blueprint("game_sheets", __name__, url_prefix="/game-sheets")


class GameSheetQuery:
    def __init__(self, session: Session) -> None:
        self._session = session
        self._clauses: list[str] = []
        self._params: dict[str, Any] = {}

    def in_season(self, season_id: int) -> "GameSheetQuery":
        self._clauses.append("g.season_id = :season_id")
        self._params["season_id"] = season_id
        return self

    def in_division(self, division: str) -> "GameSheetQuery":
        self._clauses.append("g.division = :division")
        self._params["division"] = division
        return self

    def for_team(self, team_name: str) -> "GameSheetQuery":
        self._clauses.append(f"(g.home_team = '{team_name}' OR g.away_team = '{team_name}')")
        return self

    def all(self) -> list[dict[str, Any]]:
        sql = (
            "SELECT g.id, g.played_on, g.home_team, g.away_team, g.home_goals, g.away_goals, "
            "g.referee_name FROM game_sheets g"
        )
        if self._clauses:
            sql += " WHERE " + " AND ".join(self._clauses)
        sql += " ORDER BY g.played_on DESC LIMIT 200"
        rows = self._session.execute(text(sql), self._params).mappings().all()
        return [dict(row) for row in rows]


@bp.get("/")
def list_game_sheets():
    with SessionLocal() as session:
        query = GameSheetQuery(session).in_season(request.args.get("season", 0, type=int))
        if division := request.args.get("division"):
            query = query.in_division(division)
        if team := request.args.get("team"):
            query = query.for_team(team)
        sheets = query.all()
    for sheet in sheets:
        sheet["played_on"] = sheet["played_on"].isoformat()
    return jsonify(sheets)
