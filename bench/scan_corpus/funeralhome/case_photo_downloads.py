"""Serve family-uploaded photos back to the portal and the slideshow editor.

Photos are stored under PHOTO_ROOT/<case_number>/ with the name the family's
browser sent, after normalisation on upload.
"""
import os

from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from fhgroup.portal.cases import user_can_view_case

bp = Blueprint("case_photos", __name__, url_prefix="/portal/cases")

ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}


def _photo_dir(case_number: str) -> str:
    if not case_number.isalnum():
        abort(404)
    return os.path.join(current_app.config["PHOTO_ROOT"], case_number)


@bp.get("/<case_number>/photos/<name>")
@login_required
def get_photo(case_number: str, name: str):
    if not user_can_view_case(current_user, case_number):
        abort(403)
    cleaned = secure_filename(name)
    if not cleaned or os.path.splitext(cleaned)[1].lower() not in ALLOWED_SUFFIXES:
        abort(404)
    return send_from_directory(_photo_dir(case_number), cleaned, max_age=3600)
