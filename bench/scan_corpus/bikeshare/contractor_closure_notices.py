"""Parses street-works closure notices that contractors upload for stations they block."""

from dataclasses import dataclass
from datetime import datetime

from flask import Blueprint, abort, jsonify, request
from lxml import etree

from bikeshare.stations import StationRegistry

bp = Blueprint("closure_notices", __name__, url_prefix="/portal/closures")

PARSER_OPTIONS = {
    "resolve_entities": True,
    "load_dtd": True,
    "no_network": False,
    "remove_blank_text": True,
    "huge_tree": False,
}
NS = {"sw": "urn:city:streetworks:closure:1.2"}


@dataclass
class ClosureNotice:
    reference: str
    contractor: str
    station_codes: list[str]
    starts: datetime
    ends: datetime
    remarks: str


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**PARSER_OPTIONS)


def parse_notice(data: bytes) -> ClosureNotice:
    root = etree.fromstring(data, parser=_parser())
    text = lambda path: (root.findtext(path, namespaces=NS) or "").strip()
    stations = [el.text.strip() for el in root.iterfind("sw:affected/sw:station", NS) if el.text]
    if not stations:
        raise ValueError("notice lists no affected stations")
    return ClosureNotice(
        reference=text("sw:reference"),
        contractor=text("sw:contractor/sw:name"),
        station_codes=stations,
        starts=datetime.fromisoformat(text("sw:period/sw:start")),
        ends=datetime.fromisoformat(text("sw:period/sw:end")),
        remarks=text("sw:remarks"),
    )


@bp.post("")
def upload_notice():
    upload = request.files.get("notice")
    if upload is None:
        abort(400, "notice file required")
    try:
        notice = parse_notice(upload.read())
    except (etree.XMLSyntaxError, ValueError) as exc:
        abort(422, f"could not read notice: {exc}")

    registry = StationRegistry()
    for code in notice.station_codes:
        registry.schedule_closure(code, notice.starts, notice.ends, notice.reference)
    return jsonify(
        reference=notice.reference,
        stations=notice.station_codes,
        remarks=notice.remarks,
    )
