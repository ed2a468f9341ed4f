"""Imports structural inspection reports submitted by contractors as XML.

The contractors' survey software exports one ``<inspection>`` document per
visit, listing defects found on the tower, gallery rail and lantern glazing.
"""
from datetime import date

from flask import Blueprint, abort, jsonify, request
from lxml import etree

from lighthousekeeper.auth import contractor_required
from lighthousekeeper.maintenance.models import Defect, Inspection, db

bp = Blueprint("inspection_import", __name__, url_prefix="/contractors/inspections")

PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)


def _text(node, path: str, default: str = "") -> str:
    found = node.find(path)
    return found.text.strip() if found is not None and found.text else default


def parse_inspection(raw: bytes) -> Inspection:
    root = etree.fromstring(raw, PARSER)
    inspection = Inspection(
        station_code=_text(root, "station"),
        surveyor=_text(root, "surveyor"),
        visited_on=date.fromisoformat(_text(root, "date")),
        summary=_text(root, "summary"),
    )
    for item in root.iterfind("defects/defect"):
        inspection.defects.append(
            Defect(
                element=_text(item, "element"),
                severity=int(_text(item, "severity", "1")),
                description=_text(item, "description"),
            )
        )
    return inspection


@bp.post("")
@contractor_required
def upload_inspection():
    upload = request.files.get("report")
    if upload is None:
        abort(400)
    try:
        inspection = parse_inspection(upload.read())
    except (etree.XMLSyntaxError, ValueError) as exc:
        return jsonify(error=str(exc)), 422
    db.session.add(inspection)
    db.session.commit()
    return jsonify(id=inspection.id, defects=len(inspection.defects)), 201
