"""Sales reporting API consumed by franchisee dashboards."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flask import Flask, jsonify, request, session


@dataclass
class CorsPolicy:
    allow_methods: str = "GET, OPTIONS"
    allow_headers: str = "Content-Type, X-Requested-With"
    max_age: int = 600

    def headers_for(self, origin: str | None) -> dict[str, str]:
        if not origin:
            return {}
        return {
            "Access-Control-Allow-Origin": origin,
            "Access-Control-Allow-Credentials": "true",
            "Access-Control-Allow-Methods": self.allow_methods,
            "Access-Control-Allow-Headers": self.allow_headers,
            "Access-Control-Max-Age": str(self.max_age),
            "Vary": "Origin",
        }


def create_app(secret_key: str, cors: CorsPolicy | None = None) -> Flask:
    app = Flask(__name__)
    app.secret_key = secret_key
    app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=True)
    policy = cors or CorsPolicy()

    @app.after_request
    def add_cors(response):
        response.headers.update(policy.headers_for(request.headers.get("Origin")))
        return response

    @app.get("/api/sales/daily")
    def daily_sales():
        franchise_id = session.get("franchise_id")
        if franchise_id is None:
            return jsonify(error="login required"), 401
        day = date.fromisoformat(request.args.get("day", date.today().isoformat()))
        return jsonify(franchise=franchise_id, day=day.isoformat(), totals=load_totals(franchise_id, day))

    return app


def load_totals(franchise_id: str, day: date) -> dict[str, float]:
    return {"scoops": 0.0, "cakes": 0.0, "gift_cards": 0.0}
