"""Gallery download endpoints for purchased photo packages."""
import os

from flask import Blueprint, abort, current_app, jsonify, request, send_file, session

from .db import get_db

bp = Blueprint("photo_download", __name__, url_prefix="/gallery")


def _package_for_guest(package_id: str) -> dict:
    guest_id = session.get("guest_id")
    if guest_id is None:
        abort(401)
    row = get_db().execute(
        "SELECT id, folder, tier, paid FROM photo_packages WHERE id = ? AND guest_id = ?",
        (package_id, guest_id),
    ).fetchone()
    if row is None:
        abort(404)
    if not row["paid"]:
        abort(402)
    return dict(row)


@bp.get("/packages/<package_id>")
def list_photos(package_id: str):
    pkg = _package_for_guest(package_id)
    folder = os.path.join(current_app.config["PHOTO_ROOT"], pkg["folder"])
    names = sorted(n for n in os.listdir(folder) if n.lower().endswith((".jpg", ".jpeg", ".mp4")))
    return jsonify({"package": pkg["id"], "tier": pkg["tier"], "files": names})


@bp.get("/packages/<package_id>/download")
def download_photo(package_id: str):
    pkg = _package_for_guest(package_id)
    name = request.args.get("file", "")
    if not name:
        abort(400)
    root = current_app.config["PHOTO_ROOT"]
    return send_file(os.path.join(root, pkg["folder"], name), as_attachment=True)


@bp.get("/packages/<package_id>/cover")
def cover_image(package_id: str):
    pkg = _package_for_guest(package_id)
    cover = os.path.join(current_app.config["PHOTO_ROOT"], pkg["folder"], "cover.jpg")
    if not os.path.exists(cover):
        abort(404)
    return send_file(cover, mimetype="image/jpeg", max_age=3600)
