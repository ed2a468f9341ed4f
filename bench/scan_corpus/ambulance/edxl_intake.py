"""Intake endpoint for EDXL-DE mutual-aid envelopes from neighbouring services."""
from dataclasses import asdict, dataclass

from defusedxml import ElementTree as DET
from defusedxml.common import DefusedXmlException
from flask import Blueprint, abort, jsonify, request

bp = Blueprint("edxl_intake", __name__, url_prefix="/interop")

NS = {"edxl": "urn:oasis:names:tc:emergency:EDXL:DE:1.0"}
MAX_BODY = 256 * 1024


@dataclass
class AidRequest:
    distribution_id: str
    sender_id: str
    incident_ref: str
    resources: int


def _text(node, path: str, default: str = "") -> str:
    el = node.find(path, NS)
    return el.text.strip() if el is not None and el.text else default


def parse(payload: bytes) -> AidRequest:
    root = DET.fromstring(payload)
    return AidRequest(
        distribution_id=_text(root, "edxl:distributionID"),
        sender_id=_text(root, "edxl:senderID"),
        incident_ref=_text(root, ".//edxl:incidentID"),
        resources=int(_text(root, ".//edxl:resourceCount", "1")),
    )


@bp.post("/edxl")
def receive():
    if (request.content_length or 0) > MAX_BODY:
        abort(413)
    try:
        aid = parse(request.get_data())
    except (DET.ParseError, DefusedXmlException, ValueError):
        abort(400)
    return jsonify(asdict(aid)), 202
