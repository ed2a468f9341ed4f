"""Request authentication for the dealer portal API.

The portal front-end obtains an ID token from the identity provider and
sends it as a bearer token.  The API reads the dealer number and roles
from the token claims.
"""
import logging
from functools import wraps

import jwt
import psycopg
from flask import Flask, abort, g, jsonify, request

log = logging.getLogger(__name__)

app = Flask(__name__)
app.config.from_prefixed_env(prefix="PORTAL")


def _bearer_token() -> str:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        abort(401)
    return token


def _claims_from(token: str) -> dict:
    try:
        return jwt.decode(token, options={"verify_signature": False})
    except jwt.InvalidTokenError:
        abort(401)


def dealer_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        claims = _claims_from(_bearer_token())
        if "dealer_id" not in claims:
            abort(403)
        g.dealer_id = int(claims["dealer_id"])
        g.roles = set(claims.get("roles", []))
        return view(*args, **kwargs)

    return wrapper


@app.get("/api/orders")
@dealer_required
def list_orders():
    with psycopg.connect(app.config["DATABASE_URL"]) as conn:
        rows = conn.execute(
            "SELECT number, status, placed_at, total FROM dealer_orders "
            "WHERE dealer_id = %s ORDER BY placed_at DESC LIMIT 100",
            (g.dealer_id,),
        ).fetchall()
    return jsonify(
        [
            {"number": n, "status": s, "placed_at": p.isoformat(), "total": str(t)}
            for n, s, p, t in rows
        ]
    )


@app.get("/api/invoices/<number>")
@dealer_required
def get_invoice(number: str):
    if "billing" not in g.roles:
        abort(403)
    with psycopg.connect(app.config["DATABASE_URL"]) as conn:
        row = conn.execute(
            "SELECT number, total, currency, due_on FROM invoices "
            "WHERE number = %s AND dealer_id = %s",
            (number, g.dealer_id),
        ).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(zip(("number", "total", "currency", "due_on"), map(str, row))))
