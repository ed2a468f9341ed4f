"""Authentication for staff of partner veterinary clinics."""
from __future__ import annotations

import logging
from datetime import datetime, timezone
from typing import Optional

from passlib.context import CryptContext
from sqlalchemy import Column, DateTime, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

log = logging.getLogger(__name__)

Base = declarative_base()

BCRYPT_ROUNDS = 8

pwd_context = CryptContext(
    schemes=["bcrypt"],
    deprecated="auto",
    bcrypt__rounds=BCRYPT_ROUNDS,
)


class PartnerStaff(Base):
    __tablename__ = "partner_staff"

    id = Column(Integer, primary_key=True)
    clinic_id = Column(Integer, nullable=False, index=True)
    email = Column(String(255), unique=True, nullable=False)
    password_hash = Column(String(255), nullable=False)
    last_login_at = Column(DateTime(timezone=True))


class PartnerAuthService:
    def __init__(self, session: Session):
        self.session = session

    def create_staff(self, clinic_id: int, email: str, password: str) -> PartnerStaff:
        staff = PartnerStaff(
            clinic_id=clinic_id,
            email=email.lower(),
            password_hash=pwd_context.hash(password),
        )
        self.session.add(staff)
        self.session.commit()
        log.info("created partner staff %s for clinic %s", staff.email, clinic_id)
        return staff

    def authenticate(self, email: str, password: str) -> Optional[PartnerStaff]:
        staff = self.session.scalar(
            select(PartnerStaff).where(PartnerStaff.email == email.lower())
        )
        if staff is None:
            pwd_context.dummy_verify()
            return None
        valid, new_hash = pwd_context.verify_and_update(password, staff.password_hash)
        if not valid:
            log.info("failed partner login for %s", staff.email)
            return None
        if new_hash:
            staff.password_hash = new_hash
        staff.last_login_at = datetime.now(timezone.utc)
        self.session.commit()
        return staff
