"""Loads treatment-plan templates that conservators upload as YAML.

A template lists the standard steps (surface cleaning, wet cleaning,
support fabric, stitching) with default hours so estimates can be drafted.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import yaml
from flask import Blueprint, jsonify, request

bp = Blueprint("treatment_templates", __name__, url_prefix="/templates")

MAX_TEMPLATE_BYTES = 256 * 1024


@dataclass
class TreatmentStep:
    code: str
    label: str
    hours: Decimal


@dataclass
class TreatmentTemplate:
    name: str
    object_type: str
    steps: list[TreatmentStep]

    @property
    def total_hours(self) -> Decimal:
        return sum((s.hours for s in self.steps), Decimal("0"))


def parse_template(text: str) -> TreatmentTemplate:
    doc = yaml.safe_load(text)
    if not isinstance(doc, dict) or "steps" not in doc:
        raise ValueError("template must be a mapping with a 'steps' list")
    steps = [
        TreatmentStep(code=str(s["code"]), label=str(s["label"]), hours=Decimal(str(s["hours"])))
        for s in doc["steps"]
    ]
    return TreatmentTemplate(
        name=str(doc.get("name", "unnamed")),
        object_type=str(doc.get("object_type", "tapestry")),
        steps=steps,
    )


@bp.post("/")
def upload_template():
    upload = request.files.get("template")
    if upload is None:
        return jsonify(error="no file"), 400
    raw = upload.read(MAX_TEMPLATE_BYTES + 1)
    if len(raw) > MAX_TEMPLATE_BYTES:
        return jsonify(error="template too large"), 413
    try:
        template = parse_template(raw.decode("utf-8"))
    except (yaml.YAMLError, ValueError, KeyError, UnicodeDecodeError) as exc:
        return jsonify(error=f"invalid template: {exc}"), 422
    return jsonify(name=template.name, steps=len(template.steps), hours=str(template.total_hours))
