"""Cross-origin setup for the guest portal API.

The booking widget is embedded on partner hotel sites and on the park's own
marketing pages; it calls the API with the guest's session cookie.
"""
from __future__ import annotations

from flask import Flask, Response, jsonify, request, session

app = Flask(__name__)
app.config.from_prefixed_env()

CORS_BASE = {
    "Access-Control-Allow-Credentials": "true",
    "Access-Control-Allow-Methods": "GET, POST, PUT, DELETE, OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type, X-Requested-With",
    "Access-Control-Max-Age": "600",
    "Vary": "Origin",
}


class OriginPolicy:
    default_origin = "https://www.aquapark-example.com"

    def resolve(self, origin: str | None) -> str:
        return origin or self.default_origin


policy = OriginPolicy()


def cors_headers(origin: str | None) -> dict[str, str]:
    return {**CORS_BASE, "Access-Control-Allow-Origin": policy.resolve(origin)}


@app.after_request
def apply_cors(response: Response) -> Response:
    response.headers.update(cors_headers(request.headers.get("Origin")))
    return response


@app.route("/api/me/bookings", methods=["GET", "OPTIONS"])
def my_bookings():
    if request.method == "OPTIONS":
        return Response(status=204)
    guest_id = session.get("guest_id")
    if guest_id is None:
        return jsonify(error="not signed in"), 401
    return jsonify(guest=guest_id, bookings=[{"ref": "BK-10293", "date": "2025-07-14"}])


@app.route("/api/me/season-pass", methods=["GET"])
def my_season_pass():
    guest_id = session.get("guest_id")
    if guest_id is None:
        return jsonify(error="not signed in"), 401
    return jsonify(guest=guest_id, pass_tier="gold", valid_until="2025-09-30")
