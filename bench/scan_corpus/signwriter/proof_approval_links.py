"""Client approval links for artwork proofs.

When a proof is ready the studio emails the client a link that lets them
approve the design, or request changes, without signing in to the portal.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from flask import abort, url_for

from signwriter.db import db
from signwriter.models import ArtworkProof, ProofApproval

LINK_ALPHABET = string.ascii_letters + string.digits
LINK_LENGTH = 32
LINK_TTL = timedelta(days=14)


def _make_link_key(length: int = LINK_LENGTH) -> str:
    return "".join(random.choices(LINK_ALPHABET, k=length))


def issue_approval_link(proof: ArtworkProof, client_email: str) -> str:
    approval = ProofApproval(
        proof_id=proof.id,
        client_email=client_email,
        key=_make_link_key(),
        expires_at=datetime.now(timezone.utc) + LINK_TTL,
    )
    db.session.add(approval)
    db.session.commit()
    return url_for("proofs.review", key=approval.key, _external=True)


def resolve_approval(key: str) -> ProofApproval:
    approval = ProofApproval.query.filter_by(key=key, used_at=None).first()
    if approval is None or approval.expires_at < datetime.now(timezone.utc):
        abort(404)
    return approval


def record_decision(key: str, approved: bool, comments: str = "") -> ArtworkProof:
    approval = resolve_approval(key)
    proof = ArtworkProof.query.get_or_404(approval.proof_id)
    proof.status = "approved" if approved else "changes_requested"
    proof.client_comments = comments.strip()[:2000]
    approval.used_at = datetime.now(timezone.utc)
    db.session.commit()
    return proof
