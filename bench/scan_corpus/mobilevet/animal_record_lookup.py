"""Quick lookup of animals by name, owner or microchip for the practice desk."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("animal_lookup", __name__, url_prefix="/desk/animals")

PAGE_SIZE = 50


@dataclass
class AnimalRow:
    id: int
    name: str
    species: str
    breed: str | None
    owner_name: str
    microchip: str | None


def _db() -> sqlite3.Connection:
    if "records_db" not in g:
        g.records_db = sqlite3.connect(current_app.config["RECORDS_DB_PATH"])
        g.records_db.row_factory = sqlite3.Row
    return g.records_db


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def lookup_animals(term: str, species: str | None, page: int) -> list[AnimalRow]:
    query = (
        "SELECT a.id, a.name, a.species, a.breed, o.full_name AS owner_name, a.microchip "
        "FROM animals a JOIN owners o ON o.id = a.owner_id "
        "WHERE (a.name LIKE ? ESCAPE '\\' OR o.full_name LIKE ? ESCAPE '\\' OR a.microchip = ?)"
    )
    pattern = _like_pattern(term)
    params: list[object] = [pattern, pattern, term]
    if species:
        query += " AND a.species = ?"
        params.append(species)
    query += " ORDER BY a.name LIMIT ? OFFSET ?"
    params.extend([PAGE_SIZE, page * PAGE_SIZE])
    return [AnimalRow(**dict(r)) for r in _db().execute(query, params).fetchall()]


@bp.get("/")
def lookup():
    term = request.args.get("q", "").strip()
    if len(term) < 2:
        return jsonify(error="search term too short"), 400
    page = max(request.args.get("page", 0, type=int), 0)
    rows = lookup_animals(term, request.args.get("species") or None, page)
    return jsonify(page=page, results=[asdict(r) for r in rows])
