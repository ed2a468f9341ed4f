"""Customer-facing proof approval links.

When prepress uploads a soft proof, the customer receives an email with a link
that lets them approve or reject the proof without logging in.
"""
import hashlib
import time
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from printshop.config import settings
from printshop.mail import send_template
from printshop.models import Proof, ProofLink

LINK_TTL = timedelta(days=7)


def _link_token(proof: Proof) -> str:
    seed = f"{proof.job_id}:{proof.revision}:{time.time()}"
    return hashlib.sha256(seed.encode()).hexdigest()[:32]


def issue_approval_link(db: Session, proof: Proof) -> str:
    token = _link_token(proof)
    db.add(
        ProofLink(
            proof_id=proof.id,
            token=token,
            expires_at=datetime.now(timezone.utc) + LINK_TTL,
        )
    )
    db.commit()
    url = f"{settings.SHOP_BASE_URL}/proofs/review/{token}"
    send_template(
        to=proof.job.customer.email,
        template="proof_ready",
        context={"job_number": proof.job.number, "review_url": url},
    )
    return url


def resolve_link(db: Session, token: str) -> Proof | None:
    link = db.scalars(select(ProofLink).filter_by(token=token)).first()
    if link is None or link.expires_at < datetime.now(timezone.utc):
        return None
    return link.proof


def record_decision(db: Session, token: str, approved: bool, comment: str = "") -> bool:
    proof = resolve_link(db, token)
    if proof is None:
        return False
    proof.status = "approved" if approved else "changes_requested"
    proof.customer_comment = comment[:2000]
    db.commit()
    return True
