"""Share links that let trophy customers view and approve engraving proofs."""
import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, render_template, url_for

from pewterer.engraving.models import EngravingOrder, ProofLink
from pewterer.extensions import db

bp = Blueprint("proof_links", __name__)

LINK_ALPHABET = string.ascii_letters + string.digits
LINK_LENGTH = 24
LINK_TTL = timedelta(days=14)


def _make_code(length: int = LINK_LENGTH, alphabet: str = LINK_ALPHABET) -> str:
    return "".join(random.choices(alphabet, k=length))


def issue_proof_link(order: EngravingOrder) -> ProofLink:
    link = ProofLink(
        order_id=order.id,
        code=_make_code(),
        expires_at=datetime.now(timezone.utc) + LINK_TTL,
    )
    db.session.add(link)
    db.session.commit()
    return link


@bp.post("/orders/<int:order_id>/proof-link")
def create_link(order_id: int):
    order = EngravingOrder.query.get_or_404(order_id)
    link = issue_proof_link(order)
    return jsonify(url=url_for("proof_links.view_proof", code=link.code, _external=True))


@bp.get("/proof/<code>")
def view_proof(code: str):
    link = ProofLink.query.filter_by(code=code).first()
    if link is None or link.expires_at < datetime.now(timezone.utc):
        abort(404)
    order = EngravingOrder.query.get(link.order_id)
    return render_template("engraving/proof.html", order=order, link=link)
