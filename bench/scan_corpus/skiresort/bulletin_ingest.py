"""Ingest endpoint for CAAML avalanche bulletins pushed by warning services."""
import logging

from defusedxml import ElementTree as DET
from defusedxml.common import DefusedXmlException
from flask import Blueprint, abort, jsonify, request

from avalanche.store import save_ratings

log = logging.getLogger(__name__)
bp = Blueprint("bulletin_ingest", __name__, url_prefix="/ingest")

NS = {"caaml": "http://caaml.org/Schemas/BulletinEAWS/v6.0"}
MAX_BODY = 2 * 1024 * 1024


@bp.post("/caaml")
def ingest_caaml():
    if request.content_length is None or request.content_length > MAX_BODY:
        abort(413)
    try:
        root = DET.fromstring(request.get_data())
    except (DET.ParseError, DefusedXmlException):
        abort(400, description="invalid CAAML document")

    stored = 0
    for bulletin in root.iterfind(".//caaml:bulletin", NS):
        regions = [r.get("id") for r in bulletin.iterfind("caaml:regions/caaml:region", NS)]
        levels = [
            (el.text or "").strip()
            for el in bulletin.iterfind("caaml:dangerRatings/caaml:dangerRating/caaml:mainValue", NS)
        ]
        save_ratings(bulletin.get("id"), regions, levels)
        stored += 1
    log.info("stored %d bulletins", stored)
    return jsonify(stored=stored)
