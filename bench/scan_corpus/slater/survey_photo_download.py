"""Serve roof survey photos to the office and the estimator's quote builder.

Photos are uploaded by surveyors into one folder per survey under the
photo store and referenced from the survey notes by file name.
"""
import mimetypes
import os
import re

from flask import Blueprint, abort, current_app, jsonify, send_file
from flask_login import login_required

bp = Blueprint("survey_photos", __name__, url_prefix="/surveys")

IMAGE_TYPES = {"image/jpeg", "image/png", "image/heic"}
SURVEY_REF = re.compile(r"SV-\d{4}-\d{4,6}", re.IGNORECASE)


def photo_root() -> str:
    return current_app.config.get("SURVEY_PHOTO_ROOT", "/srv/slater/survey-photos")


def survey_dir(survey_ref: str) -> str:
    if not SURVEY_REF.fullmatch(survey_ref):
        abort(404)
    return os.path.join(photo_root(), survey_ref.upper())


@bp.get("/<survey_ref>/photos")
@login_required
def list_photos(survey_ref: str):
    folder = survey_dir(survey_ref)
    if not os.path.isdir(folder):
        abort(404)
    names = sorted(
        name for name in os.listdir(folder)
        if mimetypes.guess_type(name)[0] in IMAGE_TYPES
    )
    return jsonify(survey=survey_ref.upper(), photos=names)


@bp.get("/<survey_ref>/photos/<path:filename>")
@login_required
def get_photo(survey_ref: str, filename: str):
    full_path = os.path.join(survey_dir(survey_ref), filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, mimetype=mimetypes.guess_type(full_path)[0],
                     max_age=3600)
