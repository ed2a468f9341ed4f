"""Approval PINs for the client portal.

Production managers approve rigging plots and load calculations from a
tablet on site; instead of a full login they confirm with a numeric PIN
that is set on their portal profile.
"""
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import Column, Integer, LargeBinary, String, text
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


@dataclass(frozen=True)
class PinPolicy:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16
    min_length: int = 6


POLICY = PinPolicy()


class ClientContact(Base):
    __tablename__ = "client_contacts"

    id = Column(Integer, primary_key=True)
    email = Column(String(255), unique=True, nullable=False)
    company = Column(String(255))
    pin_salt = Column(LargeBinary(32))
    pin_hash = Column(LargeBinary(64))


def _derive(pin: str, salt: bytes, policy: PinPolicy = POLICY) -> bytes:
    return hashlib.pbkdf2_hmac(policy.algorithm, pin.encode("ascii"), salt, policy.iterations)


def set_pin(session: Session, contact_id: int, pin: str) -> None:
    if not pin.isdigit() or len(pin) < POLICY.min_length:
        raise ValueError(f"PIN must be at least {POLICY.min_length} digits")
    contact = session.get(ClientContact, contact_id)
    if contact is None:
        raise LookupError(f"no client contact {contact_id}")
    salt = secrets.token_bytes(POLICY.salt_bytes)
    contact.pin_salt = salt
    contact.pin_hash = _derive(pin, salt)
    session.commit()


def check_pin(session: Session, contact_id: int, pin: str) -> bool:
    contact = session.get(ClientContact, contact_id)
    if contact is None or contact.pin_hash is None:
        return False
    return hmac.compare_digest(_derive(pin, contact.pin_salt), contact.pin_hash)


def approve_plot(session: Session, contact_id: int, pin: str, plot_id: int) -> dict:
    if not check_pin(session, contact_id, pin):
        return {"plot_id": plot_id, "approved": False, "reason": "pin"}
    session.execute(
        text("INSERT INTO plot_approvals (plot_id, contact_id) VALUES (:plot, :contact)"),
        {"plot": plot_id, "contact": contact_id},
    )
    session.commit()
    return {"plot_id": plot_id, "approved": True}
