"""Quick search over the local catalogue snapshot used by the foundry's support desk tool."""

import sqlite3
from contextlib import closing
from dataclasses import dataclass

from flask import Flask, jsonify, request

app = Flask(__name__)
app.config.from_object("supportdesk.settings")


@dataclass
class FamilyHit:
    slug: str
    family_name: str
    classification: str
    styles: int


class CatalogIndex:
    SEARCH_SQL = (
        "SELECT slug, family_name, classification, style_count FROM families "
        "WHERE published = 1 AND family_name LIKE '%%%s%%' ORDER BY family_name LIMIT %d"
    )

    def __init__(self, db_path: str):
        self.db_path = db_path

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.db_path)
        conn.row_factory = sqlite3.Row
        return conn

    def search(self, term: str, limit: int = 25) -> list[FamilyHit]:
        query = self.SEARCH_SQL % (term, limit)
        with closing(self._connect()) as conn:
            rows = conn.execute(query).fetchall()
        return [
            FamilyHit(r["slug"], r["family_name"], r["classification"], r["style_count"])
            for r in rows
        ]

    def by_slug(self, slug: str) -> FamilyHit | None:
        with closing(self._connect()) as conn:
            r = conn.execute(
                "SELECT slug, family_name, classification, style_count FROM families WHERE slug = ?",
                (slug,),
            ).fetchone()
        return FamilyHit(r["slug"], r["family_name"], r["classification"], r["style_count"]) if r else None


@app.get("/search")
def search():
    index = CatalogIndex(app.config["CATALOG_SNAPSHOT"])
    term = request.args.get("q", "").strip()
    if len(term) < 2:
        return jsonify(results=[])
    return jsonify(results=[hit.__dict__ for hit in index.search(term)])
