"""Parses competition entry files that visiting clubs upload for the rink's open.

Clubs export entries from their own software as XML; the organiser
reviews them before the draw.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lxml import etree
from flask import Flask, abort, jsonify, request

app = Flask(__name__)

PARSER_OPTIONS: dict[str, Any] = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "huge_tree": False,
    "remove_comments": True,
}


@dataclass
class Entry:
    club: str
    skater: str
    category: str
    segment: str


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**PARSER_OPTIONS)


def parse_entries(xml_bytes: bytes) -> list[Entry]:
    root = etree.fromstring(xml_bytes, parser=_parser())
    club = root.get("club", "")
    entries = []
    for node in root.iterfind("entry"):
        entries.append(
            Entry(
                club=club,
                skater=node.findtext("skater", default="").strip(),
                category=node.findtext("category", default="").strip(),
                segment=node.findtext("segment", default="free").strip(),
            )
        )
    return entries


@app.post("/competition/entries")
def upload_entries():
    upload = request.files.get("entries")
    if upload is None:
        abort(400)
    try:
        entries = parse_entries(upload.read())
    except etree.XMLSyntaxError as exc:
        return jsonify({"error": str(exc)}), 422
    return jsonify({"entries": [e.__dict__ for e in entries]})
