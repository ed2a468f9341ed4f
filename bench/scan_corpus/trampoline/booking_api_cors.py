"""Cross-origin handling for the booking API used by franchise partner websites."""
from __future__ import annotations

from flask import Flask, Response, jsonify, request, session

app = Flask(__name__)
app.config.from_prefixed_env()


class CorsPolicy:
    allow_methods = "GET, POST, PATCH, OPTIONS"
    allow_headers = "Content-Type, X-Requested-With"
    max_age = "600"

    def origin_for(self, req) -> str | None:
        return req.headers.get("Origin")

    def headers_for(self, req) -> dict[str, str]:
        origin = self.origin_for(req)
        if not origin:
            return {}
        return {
            "Access-Control-Allow-Origin": origin,
            "Access-Control-Allow-Credentials": "true",
            "Access-Control-Allow-Methods": self.allow_methods,
            "Access-Control-Allow-Headers": self.allow_headers,
            "Access-Control-Max-Age": self.max_age,
            "Vary": "Origin",
        }


policy = CorsPolicy()


@app.after_request
def apply_cors(response: Response) -> Response:
    for name, value in policy.headers_for(request).items():
        response.headers[name] = value
    return response


@app.get("/api/account/bookings")
def my_bookings():
    guardian_id = session.get("guardian_id")
    if guardian_id is None:
        return jsonify({"error": "not signed in"}), 401
    from .repository import bookings

    return jsonify([b.to_dict() for b in bookings.for_guardian(guardian_id)])


@app.route("/api/<path:_any>", methods=["OPTIONS"])
def preflight(_any: str):
    return Response(status=204)
