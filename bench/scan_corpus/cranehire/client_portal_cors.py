"""CORS handling for the client portal API.

The portal front end is served from the marketing site and the white-label
portals of two framework contractors; only those origins may call the API
with the session cookie.
"""
import os

from flask import Flask, abort, jsonify, request, session

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["PORTAL_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="None",
)

ALLOWED_ORIGINS = frozenset(
    o.strip() for o in os.environ.get("PORTAL_ALLOWED_ORIGINS", "").split(",") if o.strip()
)


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin")
    if origin and origin in ALLOWED_ORIGINS:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
        resp.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        resp.headers["Access-Control-Allow-Headers"] = "Content-Type"
    resp.headers.add("Vary", "Origin")
    return resp


@app.get("/api/quotes")
def quotes():
    account_id = session.get("account_id")
    if account_id is None:
        abort(401)
    from cranehire.quotes import quotes_for_account

    return jsonify(quotes_for_account(account_id))


@app.post("/api/quotes/<int:quote_id>/accept")
def accept_quote(quote_id: int):
    account_id = session.get("account_id")
    if account_id is None:
        abort(401)
    from cranehire.quotes import accept

    if not accept(account_id, quote_id):
        abort(404)
    return jsonify({"accepted": quote_id})
