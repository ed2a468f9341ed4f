"""JSON API behind the embeddable "report a street light fault" map.

Parish and district councils embed the map on their own websites. Logged-in
residents can see and follow the reports they made, so the API is called
with the resident's session cookie from those sites.
"""
from __future__ import annotations

from flask import Blueprint, g, jsonify, request

from lamplighter.models import FaultReport, LampAsset
from lamplighter.public.auth import optional_resident

bp = Blueprint("public_fault_map", __name__, url_prefix="/public/api")


@bp.after_request
def add_cors_headers(resp):
    origin = request.headers.get("Origin")
    if origin:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
        resp.headers["Access-Control-Allow-Headers"] = "Content-Type"
        resp.headers["Vary"] = "Origin"
    return resp


@bp.get("/lamps")
def lamps_in_view():
    try:
        west, south, east, north = (float(v) for v in request.args["bbox"].split(","))
    except (KeyError, ValueError):
        return jsonify({"error": "bbox=west,south,east,north required"}), 400
    lamps = LampAsset.query.filter(
        LampAsset.lon.between(west, east), LampAsset.lat.between(south, north)
    ).limit(2000)
    return jsonify([{"id": l.asset_id, "lat": l.lat, "lon": l.lon, "status": l.public_status} for l in lamps])


@bp.get("/my-reports")
@optional_resident
def my_reports():
    if g.resident is None:
        return jsonify([])
    reports = FaultReport.query.filter_by(resident_id=g.resident.id).order_by(FaultReport.reported_at.desc())
    return jsonify(
        [
            {"ref": r.reference, "asset": r.asset_id, "status": r.status, "phone": r.contact_phone}
            for r in reports
        ]
    )
