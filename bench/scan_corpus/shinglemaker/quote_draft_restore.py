"""Lets estimators save a quote draft to a file and re-open it later in the quoting tool."""

import base64

import jsonpickle
from flask import Blueprint, abort, jsonify, request, send_file
from flask_login import current_user, login_required
from io import BytesIO

from shinglemaker.quoting import QuoteDraft, price_draft

bp = Blueprint("quote_drafts", __name__, url_prefix="/quotes/drafts")

DRAFT_MIME = "application/vnd.shinglemaker.draft"


def encode_draft(draft: QuoteDraft) -> bytes:
    return base64.b64encode(jsonpickle.encode(draft).encode("utf-8"))


def decode_draft(blob: bytes) -> QuoteDraft:
    text = base64.b64decode(blob).decode("utf-8")
    return jsonpickle.decode(text)


@bp.post("/export")
@login_required
def export_draft():
    draft = QuoteDraft.from_form(request.get_json(), estimator=current_user.email)
    return send_file(
        BytesIO(encode_draft(draft)),
        mimetype=DRAFT_MIME,
        as_attachment=True,
        download_name=f"{draft.job_name or 'quote'}.smdraft",
    )


@bp.post("/import")
@login_required
def import_draft():
    upload = request.files.get("draft")
    if upload is None:
        abort(400)
    draft = decode_draft(upload.read())
    if not isinstance(draft, QuoteDraft):
        abort(422)
    return jsonify(draft=draft.to_form(), pricing=price_draft(draft))
