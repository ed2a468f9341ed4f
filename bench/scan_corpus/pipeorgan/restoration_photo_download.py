"""Download of restoration progress photographs.

During a restoration the workshop photographs soundboards, pallets, reservoirs
and console work at every stage. Parish clients and their organ advisers can
download the photographs for their own project from the client portal.
"""
import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

bp = Blueprint("photos", __name__, url_prefix="/projects")

ALLOWED_EXTENSIONS = (".jpg", ".jpeg", ".png", ".tif")


def photo_root() -> str:
    return current_app.config["RESTORATION_PHOTO_ROOT"]


def client_can_view(project_code: str) -> bool:
    return project_code in {p.code for p in current_user.projects}


def resolve_photo(project_code: str, filename: str) -> str:
    project_dir = os.path.join(photo_root(), project_code)
    return os.path.join(project_dir, filename)


@bp.get("/<project_code>/photos")
@login_required
def list_photos(project_code: str):
    if not client_can_view(project_code):
        abort(404)
    project_dir = os.path.join(photo_root(), project_code)
    names = sorted(
        n for n in os.listdir(project_dir) if n.lower().endswith(ALLOWED_EXTENSIONS)
    )
    return {"project": project_code, "photos": names}


@bp.get("/<project_code>/photos/<path:filename>")
@login_required
def download_photo(project_code: str, filename: str):
    if not client_can_view(project_code):
        abort(404)
    path = resolve_photo(project_code, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))
