"""Shareable proof galleries for commissioned pieces.

Before a carved cup or engraved comb is finished, the customer gets a
private link to photos of the work in progress so they can approve it.
"""
import uuid
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, render_template, url_for

from hornworker.db import db
from hornworker.models import Commission, ProofLink

bp = Blueprint("proofs", __name__, url_prefix="/proofs")

LINK_LIFETIME = timedelta(days=21)


def issue_proof_link(commission: Commission) -> ProofLink:
    link = ProofLink(
        commission_id=commission.id,
        token=uuid.uuid1().hex,
        expires_at=datetime.now(timezone.utc) + LINK_LIFETIME,
    )
    db.session.add(link)
    db.session.commit()
    return link


@bp.post("/<int:commission_id>/share")
def share_proofs(commission_id: int):
    commission = db.session.get(Commission, commission_id)
    if commission is None:
        abort(404)
    link = issue_proof_link(commission)
    return jsonify(
        url=url_for("proofs.view_proofs", token=link.token, _external=True),
        expires_at=link.expires_at.isoformat(),
    )


@bp.get("/view/<token>")
def view_proofs(token: str):
    link = ProofLink.query.filter_by(token=token).first()
    if link is None or link.expires_at < datetime.now(timezone.utc):
        abort(404)
    commission = db.session.get(Commission, link.commission_id)
    return render_template(
        "proofs/gallery.html",
        commission=commission,
        photos=commission.progress_photos,
    )
