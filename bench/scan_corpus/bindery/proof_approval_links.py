"""Emails customers a one-click link to approve or reject a digital proof."""
from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, jsonify, request

from .db import db
from .mail import send_proof_email
from .models import Proof, ProofApproval

bp = Blueprint("proof_links", __name__, url_prefix="/proofs")

LINK_ALPHABET = string.ascii_letters + string.digits
LINK_TTL = timedelta(days=7)


def _link_code(length: int = 32) -> str:
    return "".join(random.choices(LINK_ALPHABET, k=length))


class ApprovalLinkIssuer:
    """Creates approval records and the URL the customer clicks."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url.rstrip("/")

    def issue(self, proof: Proof) -> str:
        code = _link_code()
        approval = ProofApproval(
            proof_id=proof.id,
            token=code,
            expires_at=datetime.now(timezone.utc) + LINK_TTL,
        )
        db.session.add(approval)
        db.session.commit()
        return f"{self.base_url}/proofs/decide/{code}"


@bp.post("/<int:proof_id>/send")
def send_proof(proof_id: int):
    proof = Proof.query.get_or_404(proof_id)
    issuer = ApprovalLinkIssuer(current_app.config["PUBLIC_BASE_URL"])
    url = issuer.issue(proof)
    send_proof_email(proof.customer_email, proof.title, url)
    return jsonify({"sent": True})


@bp.post("/decide/<token>")
def decide(token: str):
    approval = ProofApproval.query.filter_by(token=token).first()
    if approval is None or approval.expires_at < datetime.now(timezone.utc):
        abort(404)
    decision = request.form.get("decision", "")
    if decision not in {"approve", "reject"}:
        abort(400)
    approval.decision = decision
    approval.decided_at = datetime.now(timezone.utc)
    db.session.commit()
    return jsonify({"proof": approval.proof_id, "decision": decision})
