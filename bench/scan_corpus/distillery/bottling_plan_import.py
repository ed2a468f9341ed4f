"""Upload endpoint for bottling plans.

Production planners prepare the week's bottling plan as a YAML file (runs,
casks to vat, target ABV, bottle size) and upload it through the ops console.
"""
import yaml
from flask import Blueprint, abort, jsonify, request
from flask_login import login_required

from .planning import BottlingPlan, save_plan

bp = Blueprint("plan_import", __name__, url_prefix="/ops/plans")

_YAML_OPTS = {"Loader": yaml.Loader}
MAX_PLAN_BYTES = 256 * 1024
REQUIRED_KEYS = {"week", "runs"}


def _parse(raw: bytes) -> dict:
    doc = yaml.load(raw.decode("utf-8"), **_YAML_OPTS)
    if not isinstance(doc, dict) or not REQUIRED_KEYS <= doc.keys():
        raise ValueError("plan must be a mapping with 'week' and 'runs'")
    return doc


@bp.post("/upload")
@login_required
def upload_plan():
    f = request.files.get("plan")
    if f is None:
        abort(400, "no file")
    raw = f.read(MAX_PLAN_BYTES + 1)
    if len(raw) > MAX_PLAN_BYTES:
        abort(413)
    try:
        doc = _parse(raw)
    except (ValueError, yaml.YAMLError) as exc:
        abort(400, str(exc))

    plan = BottlingPlan(
        week=str(doc["week"]),
        runs=[
            {
                "casks": [str(c) for c in run["casks"]],
                "target_abv": float(run["target_abv"]),
                "bottle_ml": int(run.get("bottle_ml", 700)),
            }
            for run in doc["runs"]
        ],
    )
    plan_id = save_plan(plan)
    return jsonify(id=plan_id, runs=len(plan.runs)), 201
