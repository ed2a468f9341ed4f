"""One-time approval links for inscription proofs.

When the drawing office finishes a proof for a headstone, the family is
emailed a link to approve it or ask for changes.  The link carries a token
stored against the proof until it is used or expires.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import sqlalchemy as sa
from sqlalchemy.orm import Session

TOKEN_ALPHABET = string.ascii_letters + string.digits
TOKEN_LENGTH = 32
LINK_LIFETIME = timedelta(days=14)

metadata = sa.MetaData()

proof_links = sa.Table(
    "proof_links",
    metadata,
    sa.Column("token", sa.String(64), primary_key=True),
    sa.Column("proof_id", sa.Integer, nullable=False, index=True),
    sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
)


@dataclass
class ProofLink:
    token: str
    proof_id: int
    expires_at: datetime

    def url(self, base_url: str) -> str:
        return f"{base_url.rstrip('/')}/proofs/approve/{self.token}"


def new_token() -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=TOKEN_LENGTH))


def issue_link(session: Session, proof_id: int) -> ProofLink:
    link = ProofLink(
        token=new_token(),
        proof_id=proof_id,
        expires_at=datetime.now(timezone.utc) + LINK_LIFETIME,
    )
    session.execute(
        proof_links.insert().values(
            token=link.token, proof_id=link.proof_id, expires_at=link.expires_at
        )
    )
    session.commit()
    return link


def redeem_link(session: Session, token: str) -> int | None:
    """Mark the link used and return its proof id, or None if invalid."""
    now = datetime.now(timezone.utc)
    row = session.execute(
        sa.select(proof_links.c.proof_id, proof_links.c.expires_at, proof_links.c.used_at)
        .where(proof_links.c.token == token)
    ).first()
    if row is None or row.used_at is not None or row.expires_at < now:
        return None
    session.execute(
        proof_links.update().where(proof_links.c.token == token).values(used_at=now)
    )
    session.commit()
    return row.proof_id
