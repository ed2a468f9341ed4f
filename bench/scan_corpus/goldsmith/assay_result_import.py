"""Imports assay reports that the assay office emails back as XML.

Counter staff upload the XML attachment in the back office; each report
lists the pieces in a consignment with their measured fineness.
"""
from dataclasses import dataclass

from flask import Blueprint, jsonify, request
from lxml import etree

from atelier.hallmarking import record_assay_result

bp = Blueprint("assay_import", __name__, url_prefix="/backoffice/assay")

_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)


@dataclass
class AssayLine:
    docket: str
    item_no: str
    declared_fineness: int
    measured_fineness: float
    result: str


def parse_report(xml_bytes: bytes) -> list:
    root = etree.fromstring(xml_bytes, parser=_PARSER)
    docket = root.findtext("Docket", default="").strip()
    lines = []
    for item in root.iterfind("Items/Item"):
        lines.append(
            AssayLine(
                docket=docket,
                item_no=item.findtext("Number", default="").strip(),
                declared_fineness=int(item.findtext("Declared", default="0")),
                measured_fineness=float(item.findtext("Measured", default="0")),
                result=item.findtext("Result", default="").strip().upper(),
            )
        )
    return lines


@bp.post("/reports")
def upload_report():
    upload = request.files.get("report")
    if upload is None:
        return jsonify(error="attach the assay office XML"), 400
    try:
        lines = parse_report(upload.read())
    except etree.XMLSyntaxError as exc:
        return jsonify(error=f"not a valid assay report: {exc}"), 400
    failures = [l.item_no for l in lines if l.result != "PASS"]
    for line in lines:
        record_assay_result(line)
    return jsonify(imported=len(lines), failed_items=failures)
