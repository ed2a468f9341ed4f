"""Reads appraisal reports exported by independent fur appraisers' software.

Appraisers upload an XML export; we pull the garment description, the
appraised replacement value and the appraiser's licence number.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from defusedxml import ElementTree as DET
from flask import Blueprint, abort, jsonify, request

bp = Blueprint("appraisals", __name__, url_prefix="/appraisals")

MAX_UPLOAD = 1024 * 1024


@dataclass
class AppraisalReport:
    appraiser_licence: str
    appraised_on: date
    garment_tag: str
    description: str
    replacement_value: Decimal


def parse_report(xml_bytes: bytes) -> AppraisalReport:
    root = DET.fromstring(xml_bytes)
    garment = root.find("Garment")
    if garment is None:
        raise ValueError("report has no Garment element")
    try:
        value = Decimal(root.findtext("Valuation/Replacement", "").strip())
    except InvalidOperation as exc:
        raise ValueError("replacement value is not a number") from exc
    return AppraisalReport(
        appraiser_licence=root.findtext("Appraiser/Licence", "").strip(),
        appraised_on=date.fromisoformat(root.findtext("Date", "").strip()),
        garment_tag=garment.get("tag", ""),
        description=(garment.findtext("Description") or "").strip(),
        replacement_value=value,
    )


@bp.post("/upload")
def upload():
    if request.content_length and request.content_length > MAX_UPLOAD:
        abort(413)
    try:
        report = parse_report(request.get_data())
    except (ValueError, DET.ParseError) as exc:
        return jsonify(error=str(exc)), 422
    return jsonify(
        tag=report.garment_tag,
        licence=report.appraiser_licence,
        value=str(report.replacement_value),
        appraised_on=report.appraised_on.isoformat(),
    )
