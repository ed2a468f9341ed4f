"""Manage exported route sheets (CSV/GPX) that schedulers produce for each round day."""
import csv
import os
import time
from datetime import date

from flask import Blueprint, abort, current_app, jsonify, request, send_from_directory

from .auth import staff_required
from .routes import planned_stops

bp = Blueprint("route_exports", __name__, url_prefix="/office/route-exports")


def _export_dir() -> str:
    path = current_app.config["ROUTE_EXPORT_DIR"]
    os.makedirs(path, exist_ok=True)
    return path


@bp.post("")
@staff_required
def create_export():
    round_id = request.json.get("round_id")
    day = date.fromisoformat(request.json.get("day"))
    name = f"round-{int(round_id)}-{day.isoformat()}-{int(time.time())}.csv"
    with open(os.path.join(_export_dir(), name), "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["order", "address", "postcode", "lat", "lng", "gate_notes"])
        for stop in planned_stops(int(round_id), day):
            writer.writerow([stop.order, stop.address, stop.postcode, stop.lat, stop.lng, stop.gate_notes])
    return jsonify({"file": name}), 201


@bp.get("")
@staff_required
def list_exports():
    return jsonify({"files": sorted(os.listdir(_export_dir()))})


@bp.get("/<name>")
@staff_required
def download_export(name: str):
    return send_from_directory(_export_dir(), name, as_attachment=True)


@bp.delete("")
@staff_required
def delete_exports():
    removed = []
    for name in request.json.get("files", []):
        target = os.path.join(_export_dir(), name)
        if os.path.isfile(target):
            os.remove(target)
            removed.append(name)
    current_app.logger.info("Removed %d route exports", len(removed))
    return jsonify({"removed": removed})
