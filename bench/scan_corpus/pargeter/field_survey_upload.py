"""Import of offline survey sheets from the field tablet app.

Surveyors record panel dimensions, motif types and defects on site without
signal; the app exports a YAML survey sheet that is uploaded through the
portal once they are back in coverage.
"""
import yaml
from flask import Blueprint, abort, jsonify, request

from pargeter.auth import login_required
from pargeter.db import get_session
from pargeter.models import PanelRecord, Survey

bp = Blueprint("field_upload", __name__)

REQUIRED_KEYS = {"site_ref", "surveyor", "panels"}


def parse_sheet(raw: bytes) -> dict:
    sheet = yaml.load(raw.decode("utf-8"), Loader=yaml.Loader)
    if not isinstance(sheet, dict) or not REQUIRED_KEYS <= sheet.keys():
        raise ValueError("survey sheet missing required sections")
    return sheet


def store_sheet(sheet: dict) -> Survey:
    db = get_session()
    survey = Survey(
        site_ref=sheet["site_ref"],
        surveyor=sheet["surveyor"],
        notes=sheet.get("notes", ""),
    )
    for panel in sheet["panels"]:
        survey.panels.append(
            PanelRecord(
                elevation=panel["elevation"],
                width_mm=int(panel["width_mm"]),
                height_mm=int(panel["height_mm"]),
                motif=panel.get("motif", "unknown"),
                condition=panel.get("condition", "not assessed"),
            )
        )
    db.add(survey)
    db.commit()
    return survey


@bp.post("/surveys/upload")
@login_required
def upload_sheet():
    upload = request.files.get("sheet")
    if upload is None:
        abort(400)
    try:
        sheet = parse_sheet(upload.read())
    except (ValueError, yaml.YAMLError) as exc:
        return jsonify({"error": str(exc)}), 422
    survey = store_sheet(sheet)
    return jsonify({"survey_id": survey.id}), 201
