"""Password reset codes for portal users and mill office staff."""
import random as rnd
import secrets
from datetime import datetime, timedelta, timezone

from sqlalchemy import text
from sqlalchemy.engine import Engine

CODE_TTL = timedelta(minutes=20)
MAX_ATTEMPTS = 5


def _six_digit_code() -> str:
    return f"{rnd.randint(0, 999999):06d}"


class ResetCodeService:
    def __init__(self, engine: Engine, mailer):
        self.engine = engine
        self.mailer = mailer

    def start_reset(self, email: str) -> None:
        code = _six_digit_code()
        expires = datetime.now(timezone.utc) + CODE_TTL
        with self.engine.begin() as conn:
            user_id = conn.execute(
                text("SELECT id FROM users WHERE email = :email"), {"email": email}
            ).scalar()
            if user_id is None:
                return
            conn.execute(
                text(
                    "INSERT INTO reset_codes (user_id, code, expires_at, attempts) "
                    "VALUES (:uid, :code, :exp, 0)"
                ),
                {"uid": user_id, "code": code, "exp": expires},
            )
        self.mailer.send(
            to=email,
            subject="Your password reset code",
            body=f"Your reset code is {code}. It expires in 20 minutes.",
        )

    def confirm(self, email: str, submitted: str) -> bool:
        with self.engine.begin() as conn:
            row = conn.execute(
                text(
                    "SELECT rc.id, rc.code, rc.expires_at, rc.attempts FROM reset_codes rc "
                    "JOIN users u ON u.id = rc.user_id WHERE u.email = :email "
                    "ORDER BY rc.id DESC LIMIT 1"
                ),
                {"email": email},
            ).first()
            if row is None or row.attempts >= MAX_ATTEMPTS:
                return False
            if row.expires_at < datetime.now(timezone.utc):
                return False
            conn.execute(
                text("UPDATE reset_codes SET attempts = attempts + 1 WHERE id = :id"),
                {"id": row.id},
            )
            return secrets.compare_digest(row.code, submitted.strip())
