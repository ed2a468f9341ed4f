"""Imports organ wind-system surveys exported from the builders' survey tool.

Organ builders send us an XML survey of the instrument (reservoirs, feeders,
schwimmers, concussion bellows, wind pressures per division) when they book
a releathering job. The survey becomes the parts list on the repair ticket.
"""
import logging
from dataclasses import dataclass

from lxml import etree
from flask import Blueprint, abort, jsonify, request

bp = Blueprint("organ_survey", __name__)
log = logging.getLogger(__name__)

NS = {"s": "urn:organsurvey:2"}


@dataclass
class WindComponent:
    division: str
    kind: str
    width_mm: int
    depth_mm: int
    pressure_mm: float


def _parser() -> etree.XMLParser:
    return etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False,
                           remove_blank_text=True)


def parse_survey(xml_bytes: bytes) -> tuple[str, list[WindComponent]]:
    root = etree.fromstring(xml_bytes, parser=_parser())
    church = root.findtext("s:location/s:name", default="", namespaces=NS)
    parts = []
    for division in root.iterfind("s:division", NS):
        div_name = division.get("name", "?")
        for comp in division.iterfind("s:wind/s:component", NS):
            parts.append(WindComponent(
                division=div_name,
                kind=comp.get("kind", "reservoir"),
                width_mm=int(comp.findtext("s:width", "0", NS)),
                depth_mm=int(comp.findtext("s:depth", "0", NS)),
                pressure_mm=float(comp.findtext("s:pressure", "0", NS)),
            ))
    return church, parts


@bp.post("/tickets/<int:ticket_id>/organ-survey")
def import_survey(ticket_id: int):
    upload = request.files.get("survey")
    if upload is None:
        abort(400)
    try:
        church, parts = parse_survey(upload.read())
    except (etree.XMLSyntaxError, ValueError) as exc:
        return jsonify(error=f"could not read survey: {exc}"), 422
    log.info("survey for ticket %s (%s): %d wind components", ticket_id, church, len(parts))
    return jsonify(
        location=church,
        components=[p.__dict__ for p in parts],
        reservoirs=sum(1 for p in parts if p.kind == "reservoir"),
    )
