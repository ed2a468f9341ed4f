"""Imports match results exported from third-party scoring apps as XML.

Captains whose venue has no league tablet upload the XML export from their
own scoring app through the admin portal after the match.
"""
from __future__ import annotations

from dataclasses import dataclass

from lxml import etree
from flask import Blueprint, abort, jsonify, request

from .models import MatchResult, db

bp = Blueprint("results_import", __name__, url_prefix="/admin/import")

_PARSER_OPTIONS = {
    "remove_blank_text": True,
    "load_dtd": True,
    "resolve_entities": True,
    "huge_tree": False,
}


@dataclass
class ImportedLeg:
    number: int
    winner: str
    darts: int
    checkout: int


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**_PARSER_OPTIONS)


def parse_export(data: bytes) -> tuple[dict, list[ImportedLeg]]:
    root = etree.fromstring(data, parser=_parser())
    match = root.find("match")
    if match is None:
        raise ValueError("no <match> element")
    header = {
        "home": match.findtext("home", "").strip(),
        "away": match.findtext("away", "").strip(),
        "date": match.findtext("date", "").strip(),
    }
    legs = [
        ImportedLeg(
            number=int(leg.get("n")),
            winner=leg.findtext("winner", "").strip(),
            darts=int(leg.findtext("darts", "0")),
            checkout=int(leg.findtext("checkout", "0")),
        )
        for leg in match.iterfind("legs/leg")
    ]
    return header, legs


@bp.post("/results")
def upload_results():
    upload = request.files.get("export")
    if upload is None:
        abort(400)
    try:
        header, legs = parse_export(upload.read())
    except (etree.XMLSyntaxError, ValueError):
        abort(422)
    result = MatchResult(
        home_team=header["home"],
        away_team=header["away"],
        played_on=header["date"],
        legs_home=sum(1 for l in legs if l.winner == header["home"]),
        legs_away=sum(1 for l in legs if l.winner == header["away"]),
    )
    db.session.add(result)
    db.session.commit()
    return jsonify({"result_id": result.id, "legs": len(legs)}), 201
