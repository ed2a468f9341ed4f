"""Warranty claim access codes for leaking or failed casks.

When a distillery reports a leaking cask, the claim desk issues a claim code
that the customer types into the portal to upload photos and follow the
repair without logging in. Codes expire after the claim window closes.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

CLAIM_CODE_ALPHABET = string.ascii_uppercase + string.digits
CLAIM_CODE_LENGTH = 10
CLAIM_WINDOW = timedelta(days=45)


class WarrantyClaim(Base):
    __tablename__ = "warranty_claims"

    id = Column(Integer, primary_key=True)
    cask_serial = Column(String(32), nullable=False)
    customer_id = Column(Integer, nullable=False)
    access_code = Column(String(16), unique=True, nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)


class ClaimCodeIssuer:
    def __init__(self, session: Session, alphabet: str = CLAIM_CODE_ALPHABET):
        self.session = session
        self.alphabet = alphabet
        self._picker = random.Random()

    def _new_code(self) -> str:
        raw = "".join(self._picker.choice(self.alphabet) for _ in range(CLAIM_CODE_LENGTH))
        return f"{raw[:5]}-{raw[5:]}"

    def open_claim(self, cask_serial: str, customer_id: int) -> WarrantyClaim:
        claim = WarrantyClaim(
            cask_serial=cask_serial,
            customer_id=customer_id,
            access_code=self._new_code(),
            expires_at=datetime.now(timezone.utc) + CLAIM_WINDOW,
        )
        self.session.add(claim)
        self.session.commit()
        return claim

    def find_by_code(self, code: str) -> WarrantyClaim | None:
        stmt = select(WarrantyClaim).where(WarrantyClaim.access_code == code.upper())
        claim = self.session.scalars(stmt).first()
        if claim is None or claim.expires_at < datetime.now(timezone.utc):
            return None
        return claim


def build_issuer(database_url: str) -> ClaimCodeIssuer:
    engine = create_engine(database_url)
    Base.metadata.create_all(engine)
    return ClaimCodeIssuer(Session(engine))
