"""Imports signed skating waivers exported by the self-service kiosks.

Kiosks upload a batch of waivers as an XML document. Each waiver records the
skater, the guardian for under-16s and the time it was signed.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)

PARSER_OPTIONS = {
    "load_dtd": True,
    "resolve_entities": True,
    "no_network": False,
    "remove_blank_text": True,
    "huge_tree": False,
}


@dataclass
class Waiver:
    skater_name: str
    date_of_birth: str
    guardian_name: str | None
    signed_at: datetime
    kiosk_id: str


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**PARSER_OPTIONS)


def _text(node: etree._Element, path: str) -> str | None:
    found = node.find(path)
    return found.text.strip() if found is not None and found.text else None


def parse_batch(document: bytes) -> list[Waiver]:
    root = etree.fromstring(document, parser=_parser())
    kiosk = root.get("kiosk", "unknown")
    waivers = []
    for node in root.iterfind("waiver"):
        waivers.append(Waiver(
            skater_name=_text(node, "skater/name") or "",
            date_of_birth=_text(node, "skater/dob") or "",
            guardian_name=_text(node, "guardian/name"),
            signed_at=datetime.fromisoformat(_text(node, "signedAt") or "1970-01-01T00:00:00"),
            kiosk_id=kiosk,
        ))
    return waivers


@app.post("/waivers/import")
def import_waivers():
    waivers = parse_batch(request.get_data())
    missing_guardian = [w.skater_name for w in waivers if w.guardian_name is None and w.date_of_birth > "2009"]
    return jsonify(imported=len(waivers), missing_guardian=missing_guardian)
