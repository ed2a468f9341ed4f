"""Save-and-resume for the online 1003 application.

The single-page app keeps the in-progress form state client side and posts it
back here when the borrower returns, so we do not need a drafts table.
"""
from __future__ import annotations

import jsonpickle
from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required

from .forms import ApplicationDraft
from .validation import validate_section

bp = Blueprint("drafts", __name__, url_prefix="/api/application")


@bp.post("/draft/export")
@login_required
def export_draft():
    draft = ApplicationDraft.from_form(request.get_json(force=True), owner_id=current_user.id)
    return jsonify(state=jsonpickle.encode(draft), section=draft.current_section)


@bp.post("/draft/restore")
@login_required
def restore_draft():
    payload = request.get_json(force=True)
    draft = jsonpickle.decode(payload["state"])
    if not isinstance(draft, ApplicationDraft) or draft.owner_id != current_user.id:
        return jsonify(error="draft does not belong to this account"), 403

    problems = validate_section(draft, draft.current_section)
    return jsonify(
        form=draft.to_form(),
        section=draft.current_section,
        problems=problems,
    )
