"""CORS handling for the researcher data request portal API.

The request portal front-end is served from several hosts (the main site, the
partner-embedded widget and staging), all of which call this API with the
portal session cookie.
"""
from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.config.from_prefixed_env(prefix="REQUEST_PORTAL")

CORS_HEADERS = "Content-Type, X-Requested-With"
CORS_METHODS = "GET, POST, PATCH, OPTIONS"


@app.after_request
def add_cors_headers(response):
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Headers"] = CORS_HEADERS
        response.headers["Access-Control-Allow-Methods"] = CORS_METHODS
        response.headers["Vary"] = "Origin"
    return response


@app.get("/api/requests")
def list_requests():
    researcher_id = session.get("researcher_id")
    if researcher_id is None:
        return jsonify({"error": "not signed in"}), 401
    store = app.extensions["request_store"]
    return jsonify([r.to_dict() for r in store.for_researcher(researcher_id)])


@app.post("/api/requests")
def create_request():
    researcher_id = session.get("researcher_id")
    if researcher_id is None:
        return jsonify({"error": "not signed in"}), 401
    body = request.get_json(force=True)
    store = app.extensions["request_store"]
    created = store.create(researcher_id, body.get("accessions", []), body.get("purpose", ""))
    return jsonify(created.to_dict()), 201
