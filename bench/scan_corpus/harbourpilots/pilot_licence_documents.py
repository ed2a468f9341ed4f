"""Serves pilots' licence and medical certificate scans to the roster office.

Documents are stored under ``DOC_ROOT/<pilot_id>/``. The file name comes
from the request, so the resolved path is checked to stay inside the
pilot's folder before anything is sent.
"""
from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, abort, jsonify, send_file, session

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["ROSTER_OFFICE_SECRET"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
)

DOC_ROOT = Path(os.environ.get("PILOT_DOC_ROOT", "/srv/harbourpilots/pilot-docs")).resolve()
ALLOWED_SUFFIXES = {".pdf", ".png", ".jpg"}


def _require_roster_office() -> None:
    if "roster_office" not in session.get("roles", []):
        abort(403)


def _pilot_folder(pilot_id: str) -> Path:
    if not pilot_id.isalnum():
        abort(404)
    return DOC_ROOT / pilot_id


def resolve_document(pilot_id: str, filename: str) -> Path:
    folder = _pilot_folder(pilot_id)
    candidate = (folder / filename).resolve()
    if not candidate.is_relative_to(folder) or candidate.suffix.lower() not in ALLOWED_SUFFIXES:
        abort(404)
    if not candidate.is_file():
        abort(404)
    return candidate


@app.get("/pilots/<pilot_id>/documents")
def list_documents(pilot_id: str):
    _require_roster_office()
    folder = _pilot_folder(pilot_id)
    if not folder.is_dir():
        return jsonify([])
    return jsonify(sorted(p.name for p in folder.iterdir() if p.suffix in ALLOWED_SUFFIXES))


@app.get("/pilots/<pilot_id>/documents/<path:filename>")
def get_document(pilot_id: str, filename: str):
    _require_roster_office()
    return send_file(resolve_document(pilot_id, filename))
