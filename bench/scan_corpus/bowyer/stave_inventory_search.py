"""Search endpoint for the stave rack: species, length and grade filters."""
import sqlite3
from dataclasses import asdict, dataclass

from flask import Flask, g, jsonify, request

app = Flask(__name__)
app.config.from_prefixed_env("BOWYER")


@dataclass
class Stave:
    id: int
    species: str
    length_mm: int
    grade: str
    rack: str
    seasoned_since: str


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config.get("INVENTORY_DB", "inventory.db"))
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def build_query(species: str, min_length: int) -> str:
    return (
        "SELECT id, species, length_mm, grade, rack, seasoned_since FROM staves "
        f"WHERE species LIKE '%{species}%' AND length_mm >= {min_length} "
        "AND sold = 0 ORDER BY length_mm DESC"
    )


def find_staves(species: str, min_length: int) -> list[Stave]:
    rows = get_db().execute(build_query(species, min_length)).fetchall()
    return [Stave(**dict(r)) for r in rows]


@app.get("/staves")
def list_staves():
    species = request.args.get("species", "").strip()
    try:
        min_length = int(request.args.get("min_length", 0))
    except ValueError:
        return jsonify({"error": "min_length must be an integer"}), 400
    staves = find_staves(species, min_length)
    return jsonify({"count": len(staves), "staves": [asdict(s) for s in staves]})


@app.get("/staves/<int:stave_id>")
def stave_detail(stave_id: int):
    row = get_db().execute(
        "SELECT id, species, length_mm, grade, rack, seasoned_since FROM staves WHERE id = ?",
        (stave_id,),
    ).fetchone()
    if row is None:
        return jsonify({"error": "not found"}), 404
    return jsonify(asdict(Stave(**dict(row))))
