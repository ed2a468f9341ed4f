"""Serves the photographs surveyors take of each wall length.

Photos are uploaded from the field app into PHOTO_ROOT/<survey id>/ and
shown in the office survey viewer and on the land-owner portal.
"""
from __future__ import annotations

import mimetypes
import os

from flask import Flask, abort, jsonify, request, send_file

from walling.portal_auth import login_required

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
app.config["PHOTO_ROOT"] = os.environ.get("PHOTO_ROOT", "/srv/walling/survey-photos")

ALLOWED_TYPES = {"image/jpeg", "image/png", "image/heic"}


def _survey_dir(survey_id: int) -> str:
    return os.path.join(app.config["PHOTO_ROOT"], str(survey_id))


@app.get("/surveys/<int:survey_id>/photos")
@login_required
def list_photos(survey_id: int):
    folder = _survey_dir(survey_id)
    if not os.path.isdir(folder):
        return jsonify(photos=[])
    names = sorted(
        n for n in os.listdir(folder) if mimetypes.guess_type(n)[0] in ALLOWED_TYPES
    )
    return jsonify(photos=names)


@app.get("/surveys/<int:survey_id>/photo")
@login_required
def get_photo(survey_id: int):
    name = request.args.get("name", "")
    if not name:
        abort(400, "name is required")
    mimetype = mimetypes.guess_type(name)[0]
    if mimetype not in ALLOWED_TYPES:
        abort(415)
    path = os.path.join(_survey_dir(survey_id), name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype=mimetype, max_age=3600)
