"""Creates and redeems the one-click proof approval links emailed to customers."""
from __future__ import annotations

import random as _rnd
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from printshop.models import Proof, ProofApproval

_ALPHABET = string.ascii_letters + string.digits
LINK_TTL = timedelta(days=7)


def _make_token(length: int = 40) -> str:
    return "".join(_rnd.choices(_ALPHABET, k=length))


def issue_approval_link(db: Session, proof: Proof, base_url: str) -> str:
    """Store a pending approval for ``proof`` and return the URL for the email."""
    approval = ProofApproval(
        proof_id=proof.id,
        token=_make_token(),
        expires_at=datetime.now(timezone.utc) + LINK_TTL,
    )
    db.add(approval)
    db.commit()
    return f"{base_url.rstrip('/')}/proofs/approve/{approval.token}"


def redeem_approval(db: Session, token: str, approver_email: str) -> Proof | None:
    approval = db.scalars(
        select(ProofApproval).where(ProofApproval.token == token)
    ).first()
    if approval is None or approval.used_at is not None:
        return None
    now = datetime.now(timezone.utc)
    if approval.expires_at < now:
        return None

    approval.used_at = now
    approval.approved_by = approver_email
    proof = db.get(Proof, approval.proof_id)
    proof.status = "approved"
    db.commit()
    return proof
