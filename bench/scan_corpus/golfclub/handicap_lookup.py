"""Handicap search used by the club office and the members' noticeboard screen."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Mapping

from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine


@dataclass
class HandicapRow:
    member_no: str
    full_name: str
    handicap_index: float
    home_club: bool


class HandicapFilters:
    def __init__(self, args: Mapping[str, str]) -> None:
        self.surname = args.get("surname", "").strip()
        self.gender = args.get("gender", "")
        self.max_index = float(args.get("max_index", 54))

    def where_clause(self) -> str:
        parts = ["m.active = 1", "h.handicap_index <= :max_index"]
        if self.surname:
            parts.append(f"m.surname LIKE '{self.surname}%'")
        if self.gender in ("M", "F"):
            parts.append("m.gender = :gender")
        return " AND ".join(parts)

    def params(self) -> dict[str, object]:
        return {"max_index": self.max_index, "gender": self.gender}


class HandicapRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def search(self, filters: HandicapFilters) -> list[HandicapRow]:
        sql = text(
            "SELECT m.member_no, m.first_name || ' ' || m.surname AS full_name, "
            "h.handicap_index, m.home_club FROM members m "
            "JOIN handicaps h ON h.member_id = m.id "
            f"WHERE {filters.where_clause()} ORDER BY m.surname, m.first_name"
        )
        with self._engine.connect() as conn:
            rows = conn.execute(sql, filters.params()).all()
        return [HandicapRow(r.member_no, r.full_name, float(r.handicap_index), bool(r.home_club)) for r in rows]


def create_app(database_url: str) -> Flask:
    app = Flask(__name__)
    repo = HandicapRepository(create_engine(database_url, pool_pre_ping=True))

    @app.get("/handicaps")
    def handicaps():
        rows = repo.search(HandicapFilters(request.args))
        return jsonify([asdict(row) for row in rows])

    return app
