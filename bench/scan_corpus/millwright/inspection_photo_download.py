"""Serves inspection photos (cracked stocks, worn cogs, rotten paddles)
to the customer portal and the office staff UI."""
import mimetypes
import os
import re

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from millwright.contracts import customer_can_view_site

bp = Blueprint("inspection_photos", __name__, url_prefix="/photos")

ALLOWED_TYPES = {"image/jpeg", "image/png", "image/heic"}
SITE_CODE = re.compile(r"^[A-Z]{2}\d{3}$")


def _photo_root() -> str:
    return current_app.config.get("PHOTO_ROOT", "/srv/millwright/photos")


def _site_folder(site_code: str) -> str:
    code = site_code.upper()
    if not SITE_CODE.fullmatch(code):
        abort(404)
    return os.path.join(_photo_root(), code)


def _photo_path(site_code: str, filename: str) -> str:
    return os.path.join(_site_folder(site_code), filename)


@bp.get("/<site_code>/<path:filename>")
@login_required
def download_photo(site_code: str, filename: str):
    if not current_user.is_staff and not customer_can_view_site(current_user.id, site_code):
        abort(403)
    path = _photo_path(site_code, filename)
    if not os.path.isfile(path):
        abort(404)
    mimetype, _ = mimetypes.guess_type(path)
    if mimetype not in ALLOWED_TYPES:
        abort(415)
    return send_file(path, mimetype=mimetype, max_age=3600)


@bp.get("/<site_code>/")
@login_required
def list_photos(site_code: str):
    if not current_user.is_staff and not customer_can_view_site(current_user.id, site_code):
        abort(403)
    folder = _site_folder(site_code)
    if not os.path.isdir(folder):
        return {"photos": []}
    names = sorted(
        n for n in os.listdir(folder) if mimetypes.guess_type(n)[0] in ALLOWED_TYPES
    )
    return {"photos": names}
