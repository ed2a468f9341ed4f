"""API used by the schools outreach booking pages.

Teachers book classroom visits (a falconer brings an owl and a hawk to school)
from the centre's education microsite, which is served from its own domain.
"""
from flask import Flask, jsonify, request, session

from falconer.config import settings
from falconer.education.visits import available_dates, request_visit

app = Flask(__name__)
app.config.update(
    SECRET_KEY=settings.FLASK_SECRET_KEY,
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="None",
)

TRUSTED_ORIGINS = frozenset(settings.EDUCATION_SITE_ORIGINS)


@app.after_request
def add_cors_headers(response):
    origin = request.headers.get("Origin")
    if origin in TRUSTED_ORIGINS:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type"
    response.headers["Vary"] = "Origin"
    return response


@app.get("/outreach/dates")
def outreach_dates():
    postcode = request.args.get("postcode", "")
    return jsonify([d.isoformat() for d in available_dates(postcode)])


@app.post("/outreach/requests")
def outreach_request():
    if "teacher_id" not in session:
        return jsonify({"error": "sign in required"}), 401
    body = request.get_json(force=True)
    visit = request_visit(
        teacher_id=session["teacher_id"],
        school_urn=body["school_urn"],
        preferred_date=body["date"],
        pupils=int(body["pupils"]),
    )
    return jsonify({"reference": visit.reference}), 201
