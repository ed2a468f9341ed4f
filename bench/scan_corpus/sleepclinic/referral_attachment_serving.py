"""Serving of documents attached to referrals on the intake desk.

Attachments live in one folder per referral. Coordinators open them from the
referral screen; files are served with Flask's ``send_from_directory``, which
refuses names that would escape the referral's folder.
"""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, jsonify, send_from_directory, session

from .models import Referral

bp = Blueprint("referral_attachments", __name__)


def attachment_dir(referral_id: int) -> str:
    return os.path.join(current_app.config["REFERRAL_ATTACHMENT_ROOT"], str(referral_id))


def _require_intake_staff() -> None:
    if session.get("role") not in {"intake", "lead_technologist", "interpreter"}:
        abort(403)


@bp.get("/referrals/<int:referral_id>/attachments")
def list_attachments(referral_id: int):
    _require_intake_staff()
    if Referral.query.get(referral_id) is None:
        abort(404)
    folder = attachment_dir(referral_id)
    names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    return jsonify({"attachments": names})


@bp.get("/referrals/<int:referral_id>/attachments/<path:filename>")
def open_attachment(referral_id: int, filename: str):
    _require_intake_staff()
    if Referral.query.get(referral_id) is None:
        abort(404)
    return send_from_directory(
        attachment_dir(referral_id),
        filename,
        as_attachment=False,
        max_age=0,
    )
