"""Route sheet endpoint for the driver handset with conditional GET.

Handsets poll for changes to today's route sheet every few minutes. The sheet
rarely changes after loading, so an ETag lets the handset skip re-downloading
the full stop list over a patchy mobile connection.
"""
import hashlib
import json
from datetime import date

from flask import Blueprint, Response, g, jsonify, request

from drayman.auth import shift_required
from drayman.routes import load_route_sheet

bp = Blueprint("route_sheet", __name__, url_prefix="/driver-app")


def sheet_etag(sheet: dict) -> str:
    canonical = json.dumps(sheet, sort_keys=True, separators=(",", ":"), default=str)
    return '"' + hashlib.sha1(canonical.encode()).hexdigest() + '"'


def _serialise(sheet: dict) -> dict:
    return {
        "route": sheet["route_code"],
        "van": sheet["van_registration"],
        "stops": [
            {
                "pub": stop["trading_name"],
                "address": stop["address"],
                "window": [stop["window_start"], stop["window_end"]],
                "drop": stop["kegs_to_drop"],
                "collect": stop["empties_expected"],
            }
            for stop in sheet["stops"]
        ],
    }


@bp.get("/route-sheet")
@shift_required
def route_sheet():
    sheet = _serialise(load_route_sheet(g.shift.route_id, date.today()))
    etag = sheet_etag(sheet)
    if request.headers.get("If-None-Match") == etag:
        return Response(status=304, headers={"ETag": etag})
    response = jsonify(sheet)
    response.headers["ETag"] = etag
    response.headers["Cache-Control"] = "private, no-cache"
    return response
