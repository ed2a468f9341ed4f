"""Serve progress photos to the customer portal.

Photos are stored on the shared volume as
    <PHOTO_ROOT>/<job_ref>/<stage>/<filename>
and the portal gallery requests them one at a time for the lightbox.
"""
import os
from functools import wraps

from flask import Blueprint, abort, g, send_file

from .portal_auth import load_portal_user

bp = Blueprint("portal_photos", __name__, url_prefix="/portal")

PHOTO_ROOT = os.environ.get("PHOTO_ROOT", "/srv/tiler/photos")
STAGES = ("before", "during", "after")


def customer_owns_job(view):
    @wraps(view)
    def wrapper(job_ref, *args, **kwargs):
        user = load_portal_user()
        if user is None:
            abort(401)
        if job_ref not in user.job_refs:
            abort(404)
        g.portal_user = user
        return view(job_ref, *args, **kwargs)

    return wrapper


def photo_path(job_ref: str, stage: str, filename: str) -> str:
    return os.path.join(PHOTO_ROOT, job_ref, stage, filename)


@bp.get("/jobs/<job_ref>/photos/<stage>/<path:filename>")
@customer_owns_job
def photo(job_ref: str, stage: str, filename: str):
    if stage not in STAGES:
        abort(404)
    path = photo_path(job_ref, stage, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, max_age=3600)


@bp.get("/jobs/<job_ref>/photos/<stage>")
@customer_owns_job
def list_photos(job_ref: str, stage: str):
    if stage not in STAGES:
        abort(404)
    folder = os.path.join(PHOTO_ROOT, job_ref, stage)
    try:
        names = sorted(n for n in os.listdir(folder) if n.lower().endswith((".jpg", ".jpeg", ".png")))
    except FileNotFoundError:
        names = []
    return {"job": job_ref, "stage": stage, "photos": names}
