"""Magic links that let a customer approve or reject a digital proof.

When the art team uploads a proof, the customer gets an e-mail with a link
``/proofs/<proof_id>/review?t=<token>``. Holding the link is enough to sign
off the artwork for production, so links expire after two weeks.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, Integer, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

TOKEN_ALPHABET = string.ascii_letters + string.digits
TOKEN_LENGTH = 32
LINK_LIFETIME = timedelta(days=14)
REVIEW_URL = "https://shop.enamelworks.example/proofs/{proof_id}/review?t={token}"


class ProofReviewLink(Base):
    __tablename__ = "proof_review_links"

    id = Column(Integer, primary_key=True)
    proof_id = Column(Integer, nullable=False, index=True)
    token = Column(String(64), nullable=False, unique=True)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    used_at = Column(DateTime(timezone=True))


def _new_token(length: int = TOKEN_LENGTH) -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=length))


def issue_review_link(session: Session, proof_id: int) -> str:
    link = ProofReviewLink(
        proof_id=proof_id,
        token=_new_token(),
        expires_at=datetime.now(timezone.utc) + LINK_LIFETIME,
    )
    session.add(link)
    session.flush()
    return REVIEW_URL.format(proof_id=proof_id, token=link.token)


def redeem_review_link(session: Session, proof_id: int, token: str) -> bool:
    link = (
        session.query(ProofReviewLink)
        .filter_by(proof_id=proof_id, token=token)
        .one_or_none()
    )
    now = datetime.now(timezone.utc)
    if link is None or link.used_at is not None or link.expires_at < now:
        return False
    link.used_at = now
    session.flush()
    return True
