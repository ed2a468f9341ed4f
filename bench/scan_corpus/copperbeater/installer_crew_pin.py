"""PIN sign-in for installer crew leads on the site tablets.

Crew leads sign in on the roofing site tablet with a six digit PIN to clock
the crew in, record sheet usage and close out the job at the end of the day.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timezone

from sqlalchemy import Column, DateTime, Integer, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class CrewLead(Base):
    __tablename__ = "crew_leads"

    id = Column(Integer, primary_key=True)
    name = Column(String(80), nullable=False)
    crew_code = Column(String(12), unique=True, nullable=False)
    pin_salt = Column(String(64), nullable=False)
    pin_hash = Column(String(128), nullable=False)
    last_login = Column(DateTime(timezone=True))


def hash_pin(pin: str, salt: bytes) -> str:
    derived = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, 5_000)
    return derived.hex()


def set_pin(session: Session, lead: CrewLead, pin: str) -> None:
    if not (pin.isdigit() and len(pin) == 6):
        raise ValueError("PIN must be six digits")
    salt = secrets.token_bytes(16)
    lead.pin_salt = salt.hex()
    lead.pin_hash = hash_pin(pin, salt)
    session.add(lead)
    session.commit()


def verify_pin(session: Session, crew_code: str, pin: str) -> CrewLead | None:
    lead = session.query(CrewLead).filter_by(crew_code=crew_code).one_or_none()
    if lead is None:
        return None
    actual = hash_pin(pin, bytes.fromhex(lead.pin_salt))
    if not hmac.compare_digest(lead.pin_hash, actual):
        return None
    lead.last_login = datetime.now(timezone.utc)
    session.commit()
    return lead
