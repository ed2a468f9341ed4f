"""Emailed sign-in codes for instructors on shared devices.

The boathouse tablets are shared, so instructors sign in with a one-time
six-digit code sent to their email rather than typing a password on the
tablet. Codes last ten minutes and allow five attempts.
"""

import secrets
from datetime import datetime, timedelta, timezone

from sqlalchemy.orm import Session

from coracle.mail import send_template
from coracle.models import Instructor, LoginCode

CODE_TTL = timedelta(minutes=10)
MAX_ATTEMPTS = 5


def send_login_code(db: Session, instructor: Instructor) -> None:
    code = f"{secrets.randbelow(1_000_000):06d}"
    db.query(LoginCode).filter_by(instructor_id=instructor.id).delete()
    db.add(
        LoginCode(
            instructor_id=instructor.id,
            code=code,
            expires_at=datetime.now(timezone.utc) + CODE_TTL,
            attempts=0,
        )
    )
    db.commit()
    send_template(instructor.email, "login_code", {"code": code, "name": instructor.first_name})


def verify_login_code(db: Session, instructor_id: int, submitted: str) -> bool:
    pending = db.query(LoginCode).filter_by(instructor_id=instructor_id).first()
    if pending is None or pending.expires_at < datetime.now(timezone.utc):
        return False
    if pending.attempts >= MAX_ATTEMPTS:
        return False
    pending.attempts += 1
    accepted = pending.code == submitted.strip()
    if accepted:
        db.delete(pending)
    db.commit()
    return accepted
