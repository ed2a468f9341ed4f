"""Serves progress photos of restoration jobs to heritage clients."""
import mimetypes
import os
from functools import wraps

from flask import Blueprint, abort, g, request, send_file

bp = Blueprint("restoration_photos", __name__)

PHOTO_ROOT = os.environ.get("RESTORATION_PHOTO_ROOT", "/srv/harrowspoke/restoration-photos")


def client_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if getattr(g, "client", None) is None:
            abort(401)
        return view(*args, **kwargs)
    return wrapper


def _job_folder(job_ref: str) -> str:
    if not job_ref.isalnum():
        abort(404)
    if job_ref not in g.client.job_refs:
        abort(403)
    return os.path.join(PHOTO_ROOT, job_ref)


@bp.get("/jobs/<job_ref>/photos")
@client_required
def list_photos(job_ref: str):
    folder = _job_folder(job_ref)
    names = sorted(n for n in os.listdir(folder) if n.lower().endswith((".jpg", ".jpeg", ".png")))
    return {"job": job_ref, "photos": names}


@bp.get("/jobs/<job_ref>/photo")
@client_required
def get_photo(job_ref: str):
    folder = _job_folder(job_ref)
    name = request.args.get("name", "")
    path = os.path.join(folder, name)
    if not os.path.isfile(path):
        abort(404)
    mime, _ = mimetypes.guess_type(path)
    return send_file(path, mimetype=mime or "application/octet-stream",
                     download_name=os.path.basename(path))
