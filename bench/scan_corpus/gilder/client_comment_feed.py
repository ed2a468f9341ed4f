"""Comment thread on a conservation record, shown in the client portal.

Lenders and conservators discuss treatment options (e.g. whether to regild a
damaged ornament or to consolidate and tone losses) under each record.
"""
from dataclasses import dataclass
from datetime import datetime

from flask import Blueprint, abort, render_template, request
from markupsafe import Markup

from .auth import login_required, current_account
from .records import CommentRepository

bp = Blueprint("comments", __name__, url_prefix="/portal/records/<int:record_id>")


@dataclass
class CommentView:
    author: str
    institution: str
    posted_at: datetime
    html: Markup


def render_body(body: str) -> Markup:
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    return Markup("".join(f"<p>{p}</p>" for p in paragraphs))


def to_view(comment) -> CommentView:
    return CommentView(
        author=comment.author_name,
        institution=comment.institution,
        posted_at=comment.posted_at,
        html=render_body(comment.body),
    )


@bp.get("/comments")
@login_required
def list_comments(record_id: int):
    repo = CommentRepository()
    if not repo.account_can_view(current_account(), record_id):
        abort(404)
    views = [to_view(c) for c in repo.for_record(record_id)]
    return render_template("portal/comments.html", record_id=record_id, comments=views)


@bp.post("/comments")
@login_required
def add_comment(record_id: int):
    repo = CommentRepository()
    account = current_account()
    if not repo.account_can_view(account, record_id):
        abort(404)
    body = request.form.get("body", "").strip()
    if not body or len(body) > 5000:
        abort(400)
    repo.add(record_id, account.id, body)
    return {"ok": True}, 201
