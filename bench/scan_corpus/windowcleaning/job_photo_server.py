"""Serve before/after photos of a clean to the customer portal and the office."""
import os

from flask import Blueprint, abort, current_app, jsonify, send_file, session
from sqlalchemy import text

from .db import engine

bp = Blueprint("job_photos", __name__)

PHOTO_ROOT = os.environ.get("ROUNDS_PHOTO_ROOT", "/srv/rounds/photos")


def _job_visible_to_session(job_id: int) -> bool:
    if session.get("staff_id"):
        return True
    customer_id = session.get("customer_id")
    if customer_id is None:
        return False
    with engine.connect() as conn:
        owner = conn.execute(
            text("SELECT customer_id FROM jobs WHERE id = :jid"), {"jid": job_id}
        ).scalar()
    return owner == customer_id


@bp.get("/jobs/<int:job_id>/photos")
def list_photos(job_id: int):
    if not _job_visible_to_session(job_id):
        abort(404)
    folder = os.path.join(PHOTO_ROOT, str(job_id))
    if not os.path.isdir(folder):
        return jsonify({"photos": []})
    names = sorted(n for n in os.listdir(folder) if n.lower().endswith((".jpg", ".jpeg", ".png")))
    return jsonify({"photos": names})


@bp.get("/jobs/<int:job_id>/photos/<path:filename>")
def get_photo(job_id: int, filename: str):
    if not _job_visible_to_session(job_id):
        abort(404)
    full_path = os.path.join(PHOTO_ROOT, str(job_id), filename)
    if not os.path.isfile(full_path):
        abort(404)
    current_app.logger.info("Serving photo %s for job %s", filename, job_id)
    return send_file(full_path, max_age=3600)
