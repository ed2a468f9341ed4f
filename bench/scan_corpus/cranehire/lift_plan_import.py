"""Import lift plans drafted offline in the planner's desktop tool.

The desktop tool exports a YAML document describing the load, rigging,
crane configuration and exclusion zone. The portal validates it and creates
a draft lift plan for the appointed person to review.
"""
from dataclasses import dataclass, field
from typing import List

import yaml
from flask import Blueprint, abort, jsonify, request

bp = Blueprint("lift_plan_import", __name__)

MAX_UPLOAD_BYTES = 512 * 1024
REQUIRED_KEYS = ("crane", "load", "rigging", "radius_m")


@dataclass
class RiggingItem:
    kind: str
    swl_t: float


@dataclass
class DraftLiftPlan:
    crane_model: str
    load_description: str
    load_t: float
    radius_m: float
    rigging: List[RiggingItem] = field(default_factory=list)

    @property
    def gross_load_t(self) -> float:
        return self.load_t + sum(0.05 * r.swl_t for r in self.rigging)


def parse_plan(raw: bytes) -> DraftLiftPlan:
    doc = yaml.load(raw, Loader=yaml.Loader)
    if not isinstance(doc, dict) or any(k not in doc for k in REQUIRED_KEYS):
        raise ValueError("lift plan is missing required sections")
    rigging = [RiggingItem(kind=str(r["kind"]), swl_t=float(r["swl_t"])) for r in doc["rigging"]]
    return DraftLiftPlan(
        crane_model=str(doc["crane"]["model"]),
        load_description=str(doc["load"]["description"]),
        load_t=float(doc["load"]["mass_t"]),
        radius_m=float(doc["radius_m"]),
        rigging=rigging,
    )


@bp.post("/lift-plans/import")
def import_lift_plan():
    upload = request.files.get("plan")
    if upload is None:
        abort(400)
    raw = upload.stream.read(MAX_UPLOAD_BYTES + 1)
    if len(raw) > MAX_UPLOAD_BYTES:
        abort(413)
    try:
        plan = parse_plan(raw)
    except (ValueError, KeyError, TypeError, yaml.YAMLError):
        abort(422)
    from cranehire.plans import save_draft

    plan_id = save_draft(plan)
    return jsonify({"id": plan_id, "gross_load_t": round(plan.gross_load_t, 2)}), 201
