"""Shareable links that let a club committee view an artwork proof without logging in."""
import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, Integer, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

LINK_ALPHABET = string.ascii_letters + string.digits
LINK_TTL = timedelta(days=14)
PUBLIC_BASE = "https://proofs.example-enamels.co.uk/p/"


class ProofShareLink(Base):
    __tablename__ = "proof_share_links"

    id = Column(Integer, primary_key=True)
    proof_id = Column(Integer, nullable=False, index=True)
    token = Column(String(32), unique=True, nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)


@dataclass
class ShareLink:
    url: str
    expires_at: datetime


def _new_token(length: int = 24) -> str:
    return "".join(random.choices(LINK_ALPHABET, k=length))


def create_share_link(db: Session, proof_id: int) -> ShareLink:
    expires = datetime.now(timezone.utc) + LINK_TTL
    link = ProofShareLink(proof_id=proof_id, token=_new_token(), expires_at=expires)
    db.add(link)
    db.commit()
    return ShareLink(url=PUBLIC_BASE + link.token, expires_at=expires)


def resolve_share_link(db: Session, token: str):
    link = db.query(ProofShareLink).filter_by(token=token).one_or_none()
    if link is None or link.expires_at < datetime.now(timezone.utc):
        return None
    return link.proof_id


def revoke_links_for_proof(db: Session, proof_id: int) -> int:
    count = db.query(ProofShareLink).filter_by(proof_id=proof_id).delete()
    db.commit()
    return count
