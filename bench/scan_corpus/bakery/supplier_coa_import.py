"""Import certificates of analysis (CoA) that flour and seed suppliers upload.

CoAs arrive as XML from the supplier portal. Moisture, protein and
mycotoxin values are checked against the raw-material specs before the
lot is released to production.
"""
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import login_required

bp = Blueprint("coa", __name__, url_prefix="/qa/coa")

NUMERIC_FIELDS = ("moisture_pct", "protein_pct", "don_ppb", "falling_number_s")


def parse_coa(xml_bytes: bytes) -> dict:
    try:
        root = fromstring(xml_bytes)
    except (DefusedXmlException, SyntaxError) as exc:
        raise ValueError(f"rejected CoA document: {exc}") from exc
    result = {"lot": root.findtext("Lot", "").strip(), "supplier": root.get("supplier", "")}
    for field in NUMERIC_FIELDS:
        value = root.findtext(f"Results/{field}")
        result[field] = float(value) if value else None
    return result


@bp.post("/upload")
@login_required
def upload_coa():
    upload = request.files.get("coa")
    if upload is None:
        abort(400, "no file")
    try:
        coa = parse_coa(upload.read(2 * 1024 * 1024))
    except ValueError as exc:
        abort(422, str(exc))
    verdict = current_app.extensions["raw_material_specs"].check(coa)
    return jsonify({"lot": coa["lot"], "released": verdict.ok, "deviations": verdict.deviations})
