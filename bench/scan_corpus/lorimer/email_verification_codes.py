"""Six-digit codes to confirm a shop customer's email address."""
import secrets
from datetime import datetime, timedelta, timezone

from sqlalchemy import Boolean, Column, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()
CODE_TTL = timedelta(minutes=15)
MAX_ATTEMPTS = 5


class EmailCode(Base):
    __tablename__ = "email_verification_codes"

    id = Column(Integer, primary_key=True)
    customer_id = Column(Integer, ForeignKey("customers.id"), index=True, nullable=False)
    code = Column(String(6), nullable=False)
    attempts = Column(Integer, default=0, nullable=False)
    used = Column(Boolean, default=False, nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False)


def send_code(session: Session, customer_id: int, mailer) -> None:
    code = f"{secrets.randbelow(1_000_000):06d}"
    session.add(
        EmailCode(customer_id=customer_id, code=code, created_at=datetime.now(timezone.utc))
    )
    session.commit()
    mailer.send_template("verify-email", customer_id=customer_id, context={"code": code})


def confirm(session: Session, customer_id: int, submitted: str) -> bool:
    row = (
        session.query(EmailCode)
        .filter_by(customer_id=customer_id, used=False)
        .order_by(EmailCode.created_at.desc())
        .first()
    )
    if row is None or row.attempts >= MAX_ATTEMPTS:
        return False
    if datetime.now(timezone.utc) - row.created_at > CODE_TTL:
        return False
    row.attempts += 1
    ok = secrets.compare_digest(row.code.encode(), submitted.strip().encode())
    if ok:
        row.used = True
    session.commit()
    return ok
