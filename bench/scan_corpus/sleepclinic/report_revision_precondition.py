"""Optimistic concurrency for edits to draft sleep study reports.

The interpreting physician and the lead scorer may both have a draft report
open. Each draft carries a revision tag (the ETag); an edit is only applied
if the client sends the tag of the revision it started from.
"""
from __future__ import annotations

import hashlib
import json

from flask import Blueprint, abort, jsonify, request, session

from .drafts import DraftStore

bp = Blueprint("report_drafts", __name__)
store = DraftStore()

EDITABLE_FIELDS = ("impression", "recommendations", "sleep_architecture_notes", "cpap_plan")


def revision_tag(draft: dict) -> str:
    canonical = json.dumps(draft, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(canonical).hexdigest()[:20]


@bp.get("/reports/<int:study_id>/draft")
def get_draft(study_id: int):
    if "staff_id" not in session:
        abort(401)
    draft = store.load(study_id)
    if draft is None:
        abort(404)
    response = jsonify(draft)
    response.headers["ETag"] = f'"{revision_tag(draft)}"'
    return response


@bp.patch("/reports/<int:study_id>/draft")
def edit_draft(study_id: int):
    if session.get("role") not in {"interpreter", "lead_technologist"}:
        abort(403)
    draft = store.load(study_id)
    if draft is None:
        abort(404)
    client_tag = request.headers.get("If-Match", "").strip('"')
    if not client_tag:
        abort(428, "If-Match header required")
    if client_tag != revision_tag(draft):
        abort(412, "draft was changed by someone else; reload and try again")

    changes = request.get_json(force=True) or {}
    for field in EDITABLE_FIELDS:
        if field in changes:
            draft[field] = str(changes[field])
    draft["last_edited_by"] = session["staff_id"]
    store.save(study_id, draft)

    response = jsonify(draft)
    response.headers["ETag"] = f'"{revision_tag(draft)}"'
    return response
