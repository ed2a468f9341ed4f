"""CORS for the accession availability widget embedded on partner sites.

Partner pages call this API with the signed-in researcher's portal cookie, so
only explicitly registered origins are echoed back.
"""
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.config.from_prefixed_env(prefix="WIDGET_API")

ALLOWED_ORIGINS = frozenset(
    o.strip() for o in os.environ.get("WIDGET_ALLOWED_ORIGINS", "").split(",") if o.strip()
)


@app.after_request
def cors(response):
    origin = request.headers.get("Origin")
    if origin and origin in ALLOWED_ORIGINS:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Methods"] = "GET, OPTIONS"
    response.headers["Vary"] = "Origin"
    return response


@app.get("/api/availability/<accession_no>")
def availability(accession_no: str):
    inventory = app.extensions["inventory"]
    item = inventory.get(accession_no)
    if item is None:
        return jsonify({"error": "unknown accession"}), 404
    return jsonify({
        "accession": accession_no,
        "available": item.distributable_seeds > 0,
        "requested_by_you": session.get("researcher_id") in item.pending_requesters,
    })
