"""Import lab results pushed by partner laboratories (HL7 CDA documents)."""
import logging

import xmltodict
from flask import Blueprint, abort, jsonify, request

from .auth import require_partner
from .models import LabResult, db

log = logging.getLogger(__name__)
bp = Blueprint("lab_results", __name__)

CDA_NS = {"urn:hl7-org:v3": None}


def _observations(doc: dict) -> list[dict]:
    comps = doc["ClinicalDocument"]["component"]["structuredBody"]["component"]
    if isinstance(comps, dict):
        comps = [comps]
    out = []
    for comp in comps:
        entries = comp["section"].get("entry", [])
        for entry in entries if isinstance(entries, list) else [entries]:
            obs = entry.get("observation")
            if obs:
                out.append(obs)
    return out


@bp.post("/partners/<partner_id>/results")
@require_partner
def receive_results(partner_id: str):
    raw = request.get_data()
    try:
        doc = xmltodict.parse(raw, process_namespaces=True, namespaces=CDA_NS, disable_entities=False)
        observations = _observations(doc)
    except (KeyError, TypeError, ValueError) as exc:
        log.warning("malformed CDA from %s: %s", partner_id, exc)
        abort(400)

    for obs in observations:
        db.session.add(
            LabResult(
                partner_id=partner_id,
                code=obs["code"]["@code"],
                value=obs.get("value", {}).get("@value"),
                unit=obs.get("value", {}).get("@unit"),
            )
        )
    db.session.commit()
    return jsonify({"stored": len(observations)}), 201
