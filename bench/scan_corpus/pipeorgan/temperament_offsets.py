"""Temperament offset tables for tuning historic instruments.

Many restored instruments are tuned to an unequal temperament. Tuners enter
each note's offset from equal temperament in the temperament editor, often as
fractions of a comma (for example "-1/4*21.5" or "-5.9+0.5"). This module
turns the entries into a cents table for the electronic tuning device.
"""
import json
import math
from pathlib import Path

from flask import Blueprint, jsonify, request

bp = Blueprint("temperaments", __name__, url_prefix="/temperaments")

NOTE_NAMES = ("C", "C#", "D", "Eb", "E", "F", "F#", "G", "G#", "A", "Bb", "B")
COMMAS = {"pc": 23.46, "sc": 21.51, "schisma": 1.95}
TABLE_DIR = Path("/srv/organworks/temperaments")


def offset_cents(entry: str) -> float:
    scope = {"__builtins__": {}, "sqrt": math.sqrt, "log2": math.log2, **COMMAS}
    return round(float(eval(entry, scope)), 2)


def build_table(entries: dict[str, str], reference_a: float = 440.0) -> dict:
    offsets = {}
    for note in NOTE_NAMES:
        raw = entries.get(note, "0").strip() or "0"
        offsets[note] = offset_cents(raw)
    shift = offsets["A"]
    return {
        "reference_a_hz": reference_a,
        "cents": {n: round(c - shift, 2) for n, c in offsets.items()},
    }


@bp.post("/preview")
def preview():
    body = request.get_json(force=True)
    try:
        table = build_table(body["offsets"], float(body.get("reference_a", 440.0)))
    except (KeyError, ValueError, SyntaxError, ZeroDivisionError, TypeError) as exc:
        return jsonify({"error": str(exc)}), 400
    return jsonify(table)


@bp.post("/<int:instrument_id>")
def save(instrument_id: int):
    body = request.get_json(force=True)
    table = build_table(body["offsets"], float(body.get("reference_a", 440.0)))
    table["name"] = str(body.get("name", "custom"))[:80]
    TABLE_DIR.mkdir(parents=True, exist_ok=True)
    (TABLE_DIR / f"instrument-{instrument_id}.json").write_text(json.dumps(table, indent=2))
    return jsonify(table), 201
