"""JSON API behind the embeddable cottage-availability widget.

Regional tourism sites embed the widget; signed-in guests can hold a
cottage for fifteen minutes while they finish checkout.
"""
from datetime import date

from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required

from shepherd.farmstay.availability import free_nights, place_hold

bp = Blueprint("widget_api", __name__, url_prefix="/widget/api")

CORS_METHODS = "GET, POST, OPTIONS"
CORS_HEADERS = "Content-Type, X-Requested-With"


@bp.after_request
def add_cors_headers(response):
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Methods"] = CORS_METHODS
        response.headers["Access-Control-Allow-Headers"] = CORS_HEADERS
        response.headers["Vary"] = "Origin"
    return response


@bp.route("/availability", methods=["GET", "OPTIONS"])
def availability():
    if request.method == "OPTIONS":
        return "", 204
    cottage = request.args.get("cottage", type=int)
    start = date.fromisoformat(request.args["from"])
    end = date.fromisoformat(request.args["to"])
    return jsonify({"cottage": cottage, "nights": [d.isoformat() for d in free_nights(cottage, start, end)]})


@bp.route("/holds", methods=["POST", "OPTIONS"])
@login_required
def hold():
    if request.method == "OPTIONS":
        return "", 204
    body = request.get_json(force=True)
    hold = place_hold(
        guest_id=current_user.id,
        cottage_id=int(body["cottage"]),
        arrive=date.fromisoformat(body["arrive"]),
        nights=int(body["nights"]),
    )
    return jsonify({"hold_id": hold.id, "expires": hold.expires.isoformat()}), 201
