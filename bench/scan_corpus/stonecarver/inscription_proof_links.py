"""Shareable links that let families review and approve an inscription proof."""

import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, render_template, url_for

from stonecarver.extensions import db
from stonecarver.models import InscriptionProof, ProofLink

bp = Blueprint("proof_links", __name__)

LINK_ALPHABET = string.ascii_letters + string.digits
LINK_TTL = timedelta(days=14)


def _new_link_key(length: int = 22) -> str:
    return "".join(random.choices(LINK_ALPHABET, k=length))


def create_proof_link(proof: InscriptionProof) -> str:
    link = ProofLink(
        proof_id=proof.id,
        key=_new_link_key(),
        expires_at=datetime.now(timezone.utc) + LINK_TTL,
    )
    db.session.add(link)
    db.session.commit()
    return url_for("proof_links.review", key=link.key, _external=True)


@bp.get("/proof/<key>")
def review(key: str):
    link = ProofLink.query.filter_by(key=key).first()
    if link is None or link.expires_at < datetime.now(timezone.utc):
        abort(404)
    proof = InscriptionProof.query.get_or_404(link.proof_id)
    current_app.logger.info("Proof %s opened for review", proof.id)
    return render_template("proofs/review.html", proof=proof, link=link)


@bp.post("/proof/<key>/approve")
def approve(key: str):
    link = ProofLink.query.filter_by(key=key).first_or_404()
    proof = InscriptionProof.query.get_or_404(link.proof_id)
    proof.status = "approved"
    proof.approved_at = datetime.now(timezone.utc)
    db.session.delete(link)
    db.session.commit()
    return render_template("proofs/approved.html", proof=proof)
