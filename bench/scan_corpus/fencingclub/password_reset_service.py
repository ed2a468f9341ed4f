"""Password reset by emailed one-time code for club members."""
from __future__ import annotations

import hmac
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from random import randint as _rand
from typing import Callable, Optional

from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)

CODE_LIFETIME = timedelta(minutes=15)
MAX_ATTEMPTS = 5


def _six_digit_code() -> str:
    return f"{_rand(0, 999_999):06d}"


@dataclass
class ResetTicket:
    member_id: int
    code: str
    expires_at: datetime
    attempts: int = 0


class PasswordResetService:
    def __init__(self, engine: Engine, send_mail: Callable[[str, str, str], None]) -> None:
        self.engine = engine
        self.send_mail = send_mail

    def start(self, email: str) -> None:
        with self.engine.begin() as conn:
            member = conn.execute(
                text("SELECT id, first_name FROM members WHERE email = :email"),
                {"email": email.strip().lower()},
            ).first()
            if member is None:
                log.info("password reset requested for unknown address")
                return
            code = _six_digit_code()
            conn.execute(
                text(
                    "INSERT INTO password_resets (member_id, code, expires_at, attempts) "
                    "VALUES (:mid, :code, :exp, 0) "
                    "ON CONFLICT (member_id) DO UPDATE SET code = :code, expires_at = :exp, attempts = 0"
                ),
                {"mid": member.id, "code": code, "exp": datetime.now(timezone.utc) + CODE_LIFETIME},
            )
        self.send_mail(
            email,
            "Your club password reset code",
            f"Hello {member.first_name},\n\nYour reset code is {code}. It expires in 15 minutes.",
        )
        log.info("password reset code issued for member %s", member.id)

    def _load(self, conn, member_id: int) -> Optional[ResetTicket]:
        row = conn.execute(
            text("SELECT member_id, code, expires_at, attempts FROM password_resets WHERE member_id = :mid"),
            {"mid": member_id},
        ).first()
        return ResetTicket(*row) if row else None

    def confirm(self, member_id: int, code: str, set_password: Callable[[int, str], None], new_password: str) -> bool:
        with self.engine.begin() as conn:
            ticket = self._load(conn, member_id)
            if ticket is None or ticket.expires_at < datetime.now(timezone.utc):
                return False
            if ticket.attempts >= MAX_ATTEMPTS:
                return False
            if not hmac.compare_digest(ticket.code, code.strip()):
                conn.execute(
                    text("UPDATE password_resets SET attempts = attempts + 1 WHERE member_id = :mid"),
                    {"mid": member_id},
                )
                return False
            conn.execute(text("DELETE FROM password_resets WHERE member_id = :mid"), {"mid": member_id})
        set_password(member_id, new_password)
        return True
