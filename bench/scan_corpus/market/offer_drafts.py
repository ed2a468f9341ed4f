"""Lets buyers save a half-written custom offer request and resume it later.

The draft is round-tripped through a hidden form field so nothing is stored
server-side until the buyer actually submits.
"""
import base64
import pickle

from flask import Blueprint, render_template, request

bp = Blueprint("offer_drafts", __name__)


def pack_draft(draft: dict) -> str:
    return base64.urlsafe_b64encode(pickle.dumps(draft)).decode()


def unpack_draft(blob: str) -> dict:
    return pickle.loads(base64.urlsafe_b64decode(blob.encode()))


@bp.post("/offers/<int:gig_id>/draft")
def resume_draft(gig_id: int):
    draft = {}
    if request.form.get("draft_blob"):
        draft = unpack_draft(request.form["draft_blob"])
    draft.update({k: v for k, v in request.form.items() if k != "draft_blob"})
    return render_template(
        "offers/new.html", gig_id=gig_id, draft=draft, draft_blob=pack_draft(draft)
    )
