"""Imports frame condition surveys submitted by museum clients.

Before a loan, some museums run their own survey with our template and
upload it through the portal as a YAML file.  We turn it into draft
condition entries that a conservator reviews.
"""
from dataclasses import dataclass, field
from typing import Any

import yaml
from flask import Blueprint, abort, request

from .records import RecordRepository

bp = Blueprint("surveys", __name__, url_prefix="/portal/surveys")

MAX_UPLOAD = 512 * 1024
KNOWN_ZONES = {"top rail", "bottom rail", "left stile", "right stile",
               "corners", "sight edge", "back edge", "ornament"}


@dataclass
class SurveyEntry:
    zone: str
    finding: str
    severity: int = 1
    photos: list[str] = field(default_factory=list)


def parse_survey(raw: bytes) -> dict[str, Any]:
    return yaml.load(raw, Loader=yaml.Loader)


def entries_from(doc: dict[str, Any]) -> list[SurveyEntry]:
    entries = []
    for item in doc.get("findings", []):
        zone = str(item.get("zone", "")).lower()
        if zone not in KNOWN_ZONES:
            continue
        entries.append(SurveyEntry(
            zone=zone,
            finding=str(item.get("finding", ""))[:500],
            severity=max(1, min(int(item.get("severity", 1)), 4)),
            photos=[str(p) for p in item.get("photos", [])][:20],
        ))
    return entries


@bp.post("/<accession_no>")
def upload_survey(accession_no: str):
    upload = request.files.get("survey")
    if upload is None:
        abort(400)
    raw = upload.read(MAX_UPLOAD + 1)
    if len(raw) > MAX_UPLOAD:
        abort(413)
    doc = parse_survey(raw)
    if not isinstance(doc, dict):
        abort(422)
    entries = entries_from(doc)
    RecordRepository().add_draft_findings(accession_no, entries)
    return {"accession_no": accession_no, "imported": len(entries)}, 201
