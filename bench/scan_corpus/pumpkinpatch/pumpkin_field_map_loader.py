"""Loads the pick-your-own field map uploaded by the farm manager.

Each week the manager uploads a YAML file describing which rows are open
for picking, the varieties in them and the walking route from the barn.
"""
from __future__ import annotations

from dataclasses import dataclass

import yaml
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
MAX_BYTES = 128 * 1024
VARIETIES = {"Jack O'Lantern", "Atlantic Giant", "Crown Prince", "Munchkin", "Baby Boo", "Turk's Turban"}

_current_map: dict = {"rows": []}


@dataclass
class FieldRow:
    row_id: str
    variety: str
    open: bool
    walk_minutes: int


def parse_field_map(raw: bytes) -> list[FieldRow]:
    doc = yaml.safe_load(raw)
    if not isinstance(doc, dict) or not isinstance(doc.get("rows"), list):
        raise ValueError("field map needs a 'rows' list")
    rows = []
    for item in doc["rows"]:
        variety = str(item["variety"])
        if variety not in VARIETIES:
            raise ValueError(f"unknown variety {variety!r}")
        rows.append(FieldRow(
            row_id=str(item["id"]),
            variety=variety,
            open=bool(item.get("open", True)),
            walk_minutes=int(item.get("walk_minutes", 5)),
        ))
    return rows


@app.post("/admin/field-map")
def upload_field_map():
    upload = request.files.get("map")
    if upload is None:
        abort(400)
    raw = upload.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        abort(413)
    try:
        rows = parse_field_map(raw)
    except (yaml.YAMLError, KeyError, ValueError, TypeError):
        abort(422)
    _current_map["rows"] = [r.__dict__ for r in rows]
    return jsonify({"rows": len(rows), "open": sum(r.open for r in rows)})


@app.get("/field-map")
def field_map():
    return jsonify([r for r in _current_map["rows"] if r["open"]])
