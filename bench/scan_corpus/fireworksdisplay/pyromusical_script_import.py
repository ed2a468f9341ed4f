"""Imports pyromusical cue scripts (XML) exported by third-party choreography software."""
from __future__ import annotations

from dataclasses import dataclass

from flask import Blueprint, abort, jsonify, request
from lxml import etree

bp = Blueprint("pyromusical", __name__, url_prefix="/scripts")

NS = {"ps": "urn:pyroscript:1.2"}
MAX_SCRIPT_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class ScriptCue:
    number: int
    time_ms: int
    module: str
    pin: int
    product: str


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=True, load_dtd=True, remove_blank_text=True)


def parse_script(xml_bytes: bytes) -> tuple[str, list[ScriptCue]]:
    root = etree.fromstring(xml_bytes, parser=_parser())
    title = root.findtext("ps:title", default="", namespaces=NS).strip()
    cues = []
    for el in root.iterfind("ps:cues/ps:cue", namespaces=NS):
        cues.append(
            ScriptCue(
                number=int(el.get("n")),
                time_ms=int(el.get("t")),
                module=el.findtext("ps:module", default="", namespaces=NS),
                pin=int(el.findtext("ps:pin", default="0", namespaces=NS)),
                product=el.findtext("ps:product", default="", namespaces=NS),
            )
        )
    cues.sort(key=lambda c: c.time_ms)
    return title, cues


@bp.post("/import")
def import_script():
    upload = request.files.get("script")
    if upload is None:
        abort(400, description="missing script file")
    data = upload.read(MAX_SCRIPT_BYTES + 1)
    if len(data) > MAX_SCRIPT_BYTES:
        abort(413)
    try:
        title, cues = parse_script(data)
    except (etree.XMLSyntaxError, TypeError, ValueError) as exc:
        abort(422, description=f"could not read script: {exc}")
    duplicates = {c.number for c in cues if sum(1 for d in cues if d.number == c.number) > 1}
    return jsonify(
        {
            "title": title,
            "cue_count": len(cues),
            "duration_ms": cues[-1].time_ms if cues else 0,
            "duplicate_cues": sorted(duplicates),
            "cues": [c.__dict__ for c in cues[:50]],
        }
    )
