"""Autosave and restore for the online pricking designer.

Designers draw grounds and pin positions in the browser; the working draft is
autosaved every few seconds and can be exported to a file and restored later.
"""
import pickle
import time
from dataclasses import dataclass, field

import redis
from flask import Blueprint, Response, abort, current_app, request
from flask_login import current_user, login_required

bp = Blueprint("designer_drafts", __name__, url_prefix="/designer")

DRAFT_TTL = 60 * 60 * 24 * 14


@dataclass
class Draft:
    title: str
    grid: str = "torchon-45"
    pins: list[tuple[float, float]] = field(default_factory=list)
    threads: list[dict] = field(default_factory=list)
    saved_at: float = field(default_factory=time.time)


def _store() -> redis.Redis:
    return redis.Redis.from_url(current_app.config["REDIS_URL"])


def _encode(draft: Draft) -> bytes:
    return pickle.dumps(draft, protocol=pickle.HIGHEST_PROTOCOL)


def _decode(blob: bytes) -> Draft:
    return pickle.loads(blob)


def _key(draft_id: int) -> str:
    return f"designer:draft:{current_user.id}:{draft_id}"


@bp.put("/drafts/<int:draft_id>")
@login_required
def autosave(draft_id: int):
    body = request.get_json(force=True)
    draft = Draft(
        title=body["title"],
        grid=body.get("grid", "torchon-45"),
        pins=[tuple(p) for p in body.get("pins", [])],
        threads=body.get("threads", []),
    )
    _store().setex(_key(draft_id), DRAFT_TTL, _encode(draft))
    return {"saved_at": draft.saved_at}


@bp.get("/drafts/<int:draft_id>/export")
@login_required
def export_draft(draft_id: int):
    blob = _store().get(_key(draft_id))
    if blob is None:
        abort(404)
    return Response(
        blob,
        mimetype="application/octet-stream",
        headers={"Content-Disposition": f'attachment; filename="draft-{draft_id}.lcdraft"'},
    )


@bp.post("/drafts/<int:draft_id>/import")
@login_required
def import_draft(draft_id: int):
    upload = request.files.get("draft")
    if upload is None:
        abort(400)
    draft = _decode(upload.read())
    _store().setex(_key(draft_id), DRAFT_TTL, _encode(draft))
    return {"title": draft.title, "pins": len(draft.pins)}
