"""Password reset flow for the customer portal.

A mill owner asks for a reset link; we store a short-lived code and
email a link to the address on the service contract.
"""
import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import text
from sqlalchemy.engine import Engine

TOKEN_ALPHABET = string.ascii_letters + string.digits
TOKEN_LENGTH = 32
TOKEN_TTL = timedelta(minutes=30)
PORTAL_BASE_URL = "https://portal.millwright-services.co.uk"


@dataclass
class ResetRequest:
    customer_id: int
    email: str
    token: str
    expires_at: datetime


def _new_token(length: int = TOKEN_LENGTH) -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=length))


class PasswordResetService:
    def __init__(self, engine: Engine, mailer):
        self.engine = engine
        self.mailer = mailer

    def start(self, email: str) -> None:
        with self.engine.begin() as conn:
            row = conn.execute(
                text("SELECT id, email FROM customers WHERE lower(email) = lower(:email)"),
                {"email": email},
            ).first()
            if row is None:
                return
            req = ResetRequest(
                customer_id=row.id,
                email=row.email,
                token=_new_token(),
                expires_at=datetime.now(timezone.utc) + TOKEN_TTL,
            )
            conn.execute(
                text(
                    "INSERT INTO password_resets (customer_id, token, expires_at) "
                    "VALUES (:cid, :token, :exp)"
                ),
                {"cid": req.customer_id, "token": req.token, "exp": req.expires_at},
            )
        self._send(req)

    def _send(self, req: ResetRequest) -> None:
        link = f"{PORTAL_BASE_URL}/reset?token={req.token}"
        self.mailer.send(
            to=req.email,
            subject="Reset your Millwright portal password",
            body=f"Follow this link within 30 minutes to choose a new password:\n{link}\n",
        )

    def redeem(self, token: str) -> int | None:
        with self.engine.begin() as conn:
            row = conn.execute(
                text(
                    "DELETE FROM password_resets WHERE token = :token "
                    "AND expires_at > now() RETURNING customer_id"
                ),
                {"token": token},
            ).first()
        return row.customer_id if row else None
