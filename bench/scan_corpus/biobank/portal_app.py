"""Researcher portal API (Flask).

Serves the single-page researcher portal and the partner dashboards hosted
by collaborating institutions.
"""
import os
from datetime import timedelta

from flask import Flask, jsonify, request, session

from .auth import login_required
from .requests_repo import list_requests_for

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["PORTAL_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="None",
    PERMANENT_SESSION_LIFETIME=timedelta(hours=8),
)


@app.after_request
def add_cors_headers(response):
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type, X-CSRF-Token"
        response.headers["Vary"] = "Origin"
    return response


@app.get("/api/me")
@login_required
def me():
    return jsonify({"researcher_id": session["researcher_id"], "name": session.get("name")})


@app.get("/api/requests")
@login_required
def my_requests():
    return jsonify(list_requests_for(session["researcher_id"]))
