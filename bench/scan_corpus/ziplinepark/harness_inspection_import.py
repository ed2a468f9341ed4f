"""Accepts the pre-opening inspection sheets uploaded by instructor tablets.

The tablets work offline on the platforms and upload the day's sheet as a
YAML document once they are back in wifi range.
"""
from datetime import datetime

import yaml
from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from .db import get_db

bp = Blueprint("inspections", __name__, url_prefix="/api/inspections")

VALID_RESULTS = {"pass", "fail", "retire"}
EQUIPMENT_TYPES = {"harness", "lanyard", "trolley", "carabiner", "helmet", "belay_device"}


def _validate_item(item: dict) -> dict:
    if item.get("type") not in EQUIPMENT_TYPES:
        raise ValueError(f"unknown equipment type {item.get('type')!r}")
    if item.get("result") not in VALID_RESULTS:
        raise ValueError(f"unknown result {item.get('result')!r}")
    return {
        "equipment_id": str(item["id"]),
        "equipment_type": item["type"],
        "result": item["result"],
        "remarks": str(item.get("remarks", ""))[:500],
    }


@bp.post("/upload")
@login_required
def upload_sheet():
    sheet = yaml.load(request.get_data(), Loader=yaml.Loader)
    if not isinstance(sheet, dict) or "items" not in sheet:
        abort(400, "sheet must contain items")
    try:
        items = [_validate_item(i) for i in sheet["items"]]
        inspected_at = datetime.fromisoformat(str(sheet["inspected_at"]))
    except (KeyError, ValueError) as exc:
        abort(400, str(exc))
    db = get_db()
    for item in items:
        db.execute(
            "INSERT INTO harness_inspections "
            "(inspected_at, equipment_id, equipment_type, inspector, result, remarks) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (inspected_at, item["equipment_id"], item["equipment_type"], current_user.id,
             item["result"], item["remarks"]),
        )
        if item["result"] == "retire":
            db.execute("UPDATE equipment SET retired = 1 WHERE id = ?", (item["equipment_id"],))
    db.commit()
    failed = [i["equipment_id"] for i in items if i["result"] != "pass"]
    return jsonify({"stored": len(items), "not_passed": failed}), 201
