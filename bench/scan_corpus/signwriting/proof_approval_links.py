"""Issue one-time links that let a customer approve or reject a proof by email."""
from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, ForeignKey, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

TOKEN_ALPHABET = string.ascii_letters + string.digits
TOKEN_LENGTH = 32
LINK_TTL = timedelta(days=7)


class ProofApprovalLink(Base):
    __tablename__ = "proof_approval_links"

    id = Column(Integer, primary_key=True)
    proof_id = Column(Integer, ForeignKey("proofs.id"), nullable=False)
    token = Column(String(64), unique=True, nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    used_at = Column(DateTime(timezone=True))


def _new_token() -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=TOKEN_LENGTH))


def issue_link(session: Session, proof_id: int, base_url: str) -> str:
    link = ProofApprovalLink(
        proof_id=proof_id,
        token=_new_token(),
        expires_at=datetime.now(timezone.utc) + LINK_TTL,
    )
    session.add(link)
    session.commit()
    return f"{base_url.rstrip('/')}/proofs/respond/{link.token}"


def redeem_link(session: Session, token: str) -> int | None:
    link = session.scalars(
        select(ProofApprovalLink).where(ProofApprovalLink.token == token)
    ).first()
    now = datetime.now(timezone.utc)
    if link is None or link.used_at is not None or link.expires_at < now:
        return None
    link.used_at = now
    session.commit()
    return link.proof_id
