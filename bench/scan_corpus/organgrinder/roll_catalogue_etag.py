"""Conditional GET support for the public music-roll catalogue feed."""
from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from typing import List

from flask import Flask, Response, current_app, request

app = Flask(__name__)
app.config.from_prefixed_env("ORGAN")


@dataclass
class CatalogueSnapshot:
    rows: List[dict]

    @property
    def body(self) -> bytes:
        return json.dumps(self.rows, sort_keys=True, separators=(",", ":")).encode()

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha256(self.body).hexdigest()[:32] + '"'


def load_catalogue() -> CatalogueSnapshot:
    with sqlite3.connect(current_app.config.get("ROLL_DB", "rolls.sqlite3")) as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute(
            "SELECT id, title, arranger, scale, revision FROM rolls "
            "WHERE withdrawn = 0 ORDER BY id"
        ).fetchall()
    return CatalogueSnapshot([dict(r) for r in rows])


def client_has_current(snapshot: CatalogueSnapshot) -> bool:
    tags = [t.strip() for t in request.headers.get("If-None-Match", "").split(",")]
    return snapshot.etag in tags or "*" in tags


@app.get("/catalogue.json")
def catalogue():
    snapshot = load_catalogue()
    if client_has_current(snapshot):
        return Response(status=304, headers={"ETag": snapshot.etag})
    return Response(
        snapshot.body,
        mimetype="application/json",
        headers={"ETag": snapshot.etag, "Cache-Control": "public, max-age=300"},
    )


@app.get("/catalogue/<int:roll_id>.json")
def roll_entry(roll_id: int):
    snapshot = load_catalogue()
    for row in snapshot.rows:
        if row["id"] == roll_id:
            entry = json.dumps(row).encode()
            tag = '"' + hashlib.sha256(entry).hexdigest()[:32] + '"'
            if request.headers.get("If-None-Match") == tag:
                return Response(status=304, headers={"ETag": tag})
            return Response(entry, mimetype="application/json", headers={"ETag": tag})
    return Response(status=404)
