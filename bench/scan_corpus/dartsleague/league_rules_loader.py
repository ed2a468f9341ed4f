"""Loads the league rulebook that divisions upload as YAML.

Each division secretary maintains a small YAML file (legs per match, points
for a win, handicap on/off, dress code...) and uploads it through the admin
portal at the start of the season.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import yaml
from flask import Blueprint, abort, jsonify, request

bp = Blueprint("rules_upload", __name__, url_prefix="/admin/rules")

MAX_RULES_BYTES = 64 * 1024


@dataclass
class DivisionRules:
    division: str
    legs_per_match: int = 9
    points_win: int = 2
    points_draw: int = 1
    start_score: int = 501
    double_in: bool = False
    handicap: bool = False
    notes: list[str] = field(default_factory=list)

    @classmethod
    def from_mapping(cls, division: str, data: dict) -> "DivisionRules":
        return cls(
            division=division,
            legs_per_match=int(data.get("legs_per_match", 9)),
            points_win=int(data.get("points_win", 2)),
            points_draw=int(data.get("points_draw", 1)),
            start_score=int(data.get("start_score", 501)),
            double_in=bool(data.get("double_in", False)),
            handicap=bool(data.get("handicap", False)),
            notes=[str(n) for n in data.get("notes", [])],
        )


def parse_rules(division: str, text: str) -> DivisionRules:
    data = yaml.safe_load(text) or {}
    if not isinstance(data, dict):
        raise ValueError("rules file must be a mapping")
    rules = DivisionRules.from_mapping(division, data)
    if rules.start_score not in (301, 501, 701):
        raise ValueError("start_score must be 301, 501 or 701")
    if rules.legs_per_match < 1 or rules.legs_per_match > 21:
        raise ValueError("legs_per_match out of range")
    return rules


@bp.post("/<division>")
def upload_rules(division: str):
    upload = request.files.get("rules")
    if upload is None:
        abort(400)
    raw = upload.read(MAX_RULES_BYTES + 1)
    if len(raw) > MAX_RULES_BYTES:
        abort(413)
    try:
        rules = parse_rules(division, raw.decode("utf-8"))
    except (yaml.YAMLError, ValueError, UnicodeDecodeError) as exc:
        return jsonify({"error": str(exc)}), 422
    return jsonify(rules.__dict__)
