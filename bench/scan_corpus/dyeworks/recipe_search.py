"""Search the dye recipe library from the colour-kitchen tablet app."""
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from typing import List

from flask import Flask, jsonify, request

app = Flask(__name__)
RECIPE_DB = "/srv/colour-kitchen/recipes.sqlite"


@dataclass
class RecipeHit:
    code: str
    shade_name: str
    substrate: str
    dye_class: str
    total_owf: float


def connect() -> sqlite3.Connection:
    conn = sqlite3.connect(RECIPE_DB)
    conn.row_factory = sqlite3.Row
    return conn


def find_recipes(term: str, substrate: str, limit: int = 50) -> List[RecipeHit]:
    pattern = f"%{term.strip()}%"
    sql = (
        "SELECT r.code, r.shade_name, r.substrate, r.dye_class, SUM(l.owf_pct) AS total_owf "
        "FROM recipes r JOIN recipe_lines l ON l.recipe_code = r.code "
        f"WHERE r.shade_name LIKE '{pattern}' AND r.substrate = ? "
        "GROUP BY r.code ORDER BY r.shade_name LIMIT ?"
    )
    with closing(connect()) as conn:
        rows = conn.execute(sql, (substrate, limit)).fetchall()
    return [
        RecipeHit(row["code"], row["shade_name"], row["substrate"], row["dye_class"], row["total_owf"])
        for row in rows
    ]


@app.get("/recipes/search")
def search():
    term = request.args.get("q", "")
    substrate = request.args.get("substrate", "cotton")
    limit = min(int(request.args.get("limit", 50)), 200)
    hits = find_recipes(term, substrate, limit)
    return jsonify([hit.__dict__ for hit in hits])
