"""JSON API used by the grower portal single-page app.

The portal front end is served from the cooperative's own domains and calls
this API with the grower's session cookie.
"""
import os
from decimal import Decimal

from flask import Flask, abort, g, jsonify, session
from flask_cors import CORS
from sqlalchemy import create_engine, text

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["GROWER_PORTAL_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
)

PORTAL_ORIGINS = [
    origin.strip()
    for origin in os.environ.get(
        "GROWER_PORTAL_ORIGINS", "https://growers.orchard-coop.example,https://portal.orchard-coop.example"
    ).split(",")
    if origin.strip()
]

CORS(
    app,
    resources={r"/api/*": {"origins": PORTAL_ORIGINS}},
    supports_credentials=True,
    methods=["GET", "POST"],
    allow_headers=["Content-Type", "X-CSRF-Token"],
    max_age=600,
)

engine = create_engine(os.environ["GROWER_DATABASE_URL"], pool_pre_ping=True)


@app.before_request
def load_grower():
    g.grower_id = session.get("grower_id")


def require_grower() -> int:
    if g.grower_id is None:
        abort(401)
    return g.grower_id


@app.get("/api/deliveries")
def deliveries():
    grower_id = require_grower()
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT load_no, intake_date, variety, net_kg FROM deliveries "
                "WHERE grower_id = :g ORDER BY intake_date DESC LIMIT 200"
            ),
            {"g": grower_id},
        ).mappings().all()
    return jsonify([{**r, "intake_date": r["intake_date"].isoformat(), "net_kg": float(r["net_kg"])} for r in rows])


@app.get("/api/statement")
def statement():
    grower_id = require_grower()
    with engine.connect() as conn:
        total = conn.execute(
            text("SELECT coalesce(sum(amount), 0) FROM grower_ledger WHERE grower_id = :g"),
            {"g": grower_id},
        ).scalar_one()
    return jsonify(grower_id=grower_id, balance=str(Decimal(total).quantize(Decimal("0.01"))))
