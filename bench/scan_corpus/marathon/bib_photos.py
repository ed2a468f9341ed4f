"""Serve a runner's own finish-line photos from the photo partner's share."""
from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from photos.index import photos_for_bib

bp = Blueprint("bib_photos", __name__, url_prefix="/my-photos")


@bp.get("/<event>")
@login_required
def list_my_photos(event: str):
    return {"photos": photos_for_bib(secure_filename(event), current_user.bib)}


@bp.get("/<event>/<name>")
@login_required
def download_my_photo(event: str, name: str):
    event_dir = secure_filename(event)
    if name not in photos_for_bib(event_dir, current_user.bib):
        abort(404)
    root = current_app.config["FINISH_PHOTO_ROOT"]
    # send_from_directory refuses paths that resolve outside the given directory
    return send_from_directory(root, f"{event_dir}/{name}", mimetype="image/jpeg", as_attachment=True)
