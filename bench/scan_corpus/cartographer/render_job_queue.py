"""Queue of on-demand print-resolution render jobs.

Jobs are keyed by a time-ordered UUID so the dashboard can list them in
submission order; every read is scoped to the submitting account.
"""
import json
import uuid
from datetime import datetime, timezone

import redis
from flask import Blueprint, abort, g, jsonify, request

from cartographer.auth import login_required
from cartographer.config import settings

bp = Blueprint("render_jobs", __name__, url_prefix="/render-jobs")
store = redis.Redis.from_url(settings.REDIS_URL, decode_responses=True)


def _job_key(job_id: str) -> str:
    return f"renderjob:{job_id}"


@bp.post("")
@login_required
def submit_job():
    spec = request.get_json(force=True)
    job_id = str(uuid.uuid1())
    record = {
        "id": job_id,
        "owner_id": g.user.id,
        "extent": spec["extent"],
        "dpi": int(spec.get("dpi", 300)),
        "paper": spec.get("paper", "A1"),
        "submitted_at": datetime.now(timezone.utc).isoformat(),
        "state": "queued",
    }
    store.set(_job_key(job_id), json.dumps(record), ex=7 * 86400)
    store.rpush("renderjobs:pending", job_id)
    return jsonify(id=job_id, state="queued"), 202


@bp.get("/<job_id>")
@login_required
def job_status(job_id):
    raw = store.get(_job_key(job_id))
    if raw is None:
        abort(404)
    record = json.loads(raw)
    if record["owner_id"] != g.user.id:
        abort(404)
    return jsonify(record)
