"""Search over animal records for the practice desk and the van tablets."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("animal_search", __name__, url_prefix="/animals")

PAGE_SIZE = 50


@dataclass
class AnimalSummary:
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


def search_animals(term: str, species: str | None, page: int) -> list[AnimalSummary]:
    query = (
        "SELECT a.id, a.name, a.species, a.breed, o.full_name AS owner_name, a.microchip "
        "FROM animals a JOIN owners o ON o.id = a.owner_id "
        f"WHERE (a.name LIKE '%{term}%' OR o.full_name LIKE '%{term}%' OR a.microchip = '{term}')"
    )
    params: list[object] = []
    if species:
        query += " AND a.species = ?"
        params.append(species)
    query += " ORDER BY a.name LIMIT ? OFFSET ?"
    params.extend([PAGE_SIZE, page * PAGE_SIZE])
    rows = _db().execute(query, params).fetchall()
    return [AnimalSummary(**dict(r)) for r in rows]


@bp.get("/search")
def search():
    term = request.args.get("q", "").strip()
    if len(term) < 2:
        return jsonify(error="search term too short"), 400
    species = request.args.get("species") or None
    page = max(request.args.get("page", 0, type=int), 0)
    results = search_animals(term, species, page)
    return jsonify(
        page=page,
        results=[r.__dict__ for r in results],
    )
