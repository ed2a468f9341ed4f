"""Comment thread shown beside each proof in the customer portal.

Customers and prepress operators exchange notes about a proof revision; the
thread is rendered server-side with paragraph breaks preserved.
"""
from datetime import datetime, timezone

from flask import Blueprint, abort, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from markupsafe import Markup

from printshop.db import db
from printshop.models import Proof, ProofComment

bp = Blueprint("proof_comments", __name__, url_prefix="/proofs")


def format_body(text: str) -> Markup:
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return Markup("".join(f"<p>{p}</p>" for p in paragraphs))


def _proof_for_user(proof_id: int) -> Proof:
    proof = db.session.get(Proof, proof_id)
    if proof is None or not proof.job.visible_to(current_user):
        abort(404)
    return proof


@bp.get("/<int:proof_id>/comments")
@login_required
def thread(proof_id: int):
    proof = _proof_for_user(proof_id)
    comments = [
        {"author": c.author_name, "posted": c.created_at, "body": format_body(c.body)}
        for c in proof.comments
    ]
    return render_template("proofs/thread.html", proof=proof, comments=comments)


@bp.post("/<int:proof_id>/comments")
@login_required
def add_comment(proof_id: int):
    proof = _proof_for_user(proof_id)
    body = request.form.get("body", "").strip()
    if body:
        db.session.add(
            ProofComment(
                proof_id=proof.id,
                author_name=current_user.display_name,
                body=body[:5000],
                created_at=datetime.now(timezone.utc),
            )
        )
        db.session.commit()
    return redirect(url_for("proof_comments.thread", proof_id=proof.id))
