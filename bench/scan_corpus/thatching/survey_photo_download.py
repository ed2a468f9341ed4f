"""Serve roof-survey photographs to staff reviewing a survey.

Photos are uploaded from the tablets into SURVEY_PHOTO_ROOT/<survey_id>/ and
listed by the survey report page, which links each image through this view.
"""
from __future__ import annotations

import os
from functools import wraps

from flask import Flask, abort, jsonify, send_file, session

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["OFFICE_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
)
PHOTO_ROOT = os.environ.get("SURVEY_PHOTO_ROOT", "/srv/thatch/survey-photos")
IMAGE_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".heic": "image/heic"}


def staff_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if not session.get("staff_id"):
            abort(401)
        return view(*args, **kwargs)
    return wrapper


@app.get("/surveys/<int:survey_id>/photos")
@staff_only
def list_photos(survey_id: int):
    folder = os.path.join(PHOTO_ROOT, str(survey_id))
    if not os.path.isdir(folder):
        return jsonify([])
    names = sorted(
        n for n in os.listdir(folder) if os.path.splitext(n)[1].lower() in IMAGE_TYPES
    )
    return jsonify([{"name": n, "url": f"/surveys/{survey_id}/photos/{n}"} for n in names])


@app.get("/surveys/<int:survey_id>/photos/<path:filename>")
@staff_only
def photo(survey_id: int, filename: str):
    ext = os.path.splitext(filename)[1].lower()
    if ext not in IMAGE_TYPES:
        abort(404)
    full_path = os.path.join(PHOTO_ROOT, str(survey_id), filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, mimetype=IMAGE_TYPES[ext], max_age=3600)
