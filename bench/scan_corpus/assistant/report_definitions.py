"""Import/export of saved report definitions as YAML (ANL-102).

Analysts asked to version their report definitions in git, so the report
builder can now export a definition to YAML and import one back.
"""
from __future__ import annotations

from typing import Any

import yaml
from flask import Blueprint, Response, abort, jsonify, request
from flask_login import current_user, login_required
from pydantic import BaseModel, Field, ValidationError

from analytics.models import SavedReport, db

bp = Blueprint("report_definitions", __name__, url_prefix="/reports")

MAX_DEFINITION_BYTES = 256 * 1024


class ReportDefinition(BaseModel):
    name: str = Field(min_length=1, max_length=120)
    dataset: str
    dimensions: list[str] = []
    metrics: list[str]
    filters: dict[str, Any] = {}


def parse_definition(raw: bytes) -> ReportDefinition:
    """Parse and validate a YAML report definition."""
    document = yaml.load(raw, Loader=yaml.SafeLoader)
    if not isinstance(document, dict):
        raise ValueError("Expected a mapping at the top level")
    return ReportDefinition.model_validate(document)


@bp.post("/import")
@login_required
def import_definition():
    upload = request.files.get("definition")
    if upload is None:
        abort(400, description="Missing 'definition' file")
    raw = upload.read(MAX_DEFINITION_BYTES + 1)
    if len(raw) > MAX_DEFINITION_BYTES:
        abort(413)
    try:
        definition = parse_definition(raw)
    except (yaml.YAMLError, ValueError, ValidationError) as exc:
        return jsonify(error=str(exc)), 422

    report = SavedReport(owner_id=current_user.id, **definition.model_dump())
    db.session.add(report)
    db.session.commit()
    return jsonify(id=report.id), 201


@bp.get("/<int:report_id>/export")
@login_required
def export_definition(report_id: int):
    report = SavedReport.query.filter_by(id=report_id, owner_id=current_user.id).first_or_404()
    body = yaml.safe_dump(ReportDefinition.model_validate(report, from_attributes=True).model_dump(),
                          sort_keys=False)
    return Response(body, mimetype="application/x-yaml",
                    headers={"Content-Disposition": f'attachment; filename="report-{report.id}.yaml"'})
