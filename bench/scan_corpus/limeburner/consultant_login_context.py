"""Login handling for conservation consultants.

Architects and conservation officers get read access to project specs
(mortar mixes, sand gradings, sample panel results) for listed-building jobs.
Their accounts live in a separate table from the merchant trade accounts.
"""

from dataclasses import dataclass
from datetime import datetime, timezone

from passlib.context import CryptContext
from sqlalchemy import Column, DateTime, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

CONSULTANT_CONTEXT = CryptContext(
    schemes=["bcrypt"],
    deprecated="auto",
    bcrypt__rounds=12,
)


class Consultant(Base):
    __tablename__ = "consultants"

    id = Column(Integer, primary_key=True)
    email = Column(String(255), unique=True, nullable=False)
    practice = Column(String(255))
    password_hash = Column(String(255), nullable=False)
    last_login_at = Column(DateTime(timezone=True))


@dataclass
class ConsultantAuth:
    session: Session
    context: CryptContext = CONSULTANT_CONTEXT

    def register(self, email: str, practice: str, password: str) -> Consultant:
        consultant = Consultant(
            email=email.lower(),
            practice=practice,
            password_hash=self.context.hash(password),
        )
        self.session.add(consultant)
        self.session.commit()
        return consultant

    def login(self, email: str, password: str) -> Consultant | None:
        consultant = self.session.scalars(
            select(Consultant).where(Consultant.email == email.lower())
        ).first()
        if consultant is None:
            return None
        valid, new_hash = self.context.verify_and_update(password, consultant.password_hash)
        if not valid:
            return None
        if new_hash:
            consultant.password_hash = new_hash
        consultant.last_login_at = datetime.now(timezone.utc)
        self.session.commit()
        return consultant
