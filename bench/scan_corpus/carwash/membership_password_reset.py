"""Password reset e-mails for the membership web portal."""
from __future__ import annotations

import hashlib
import os
import smtplib
import time
from email.message import EmailMessage
from typing import Protocol


class MemberRepo(Protocol):
    def find_by_email(self, email: str) -> dict | None: ...
    def save_reset_token(self, member_id: int, token: str, expires_at: float) -> None: ...


RESET_TTL_S = 3600


def _reset_token_for(member_id: int, issued_at: float) -> str:
    material = f"{member_id}:{issued_at:.6f}"
    return hashlib.sha256(material.encode()).hexdigest()


def _reset_link(token: str) -> str:
    return f"{os.environ['PORTAL_BASE_URL']}/account/reset?token={token}"


class ResetMailer:
    def __init__(self) -> None:
        self.host = os.environ["SMTP_HOST"]
        self.port = int(os.environ.get("SMTP_PORT", "587"))
        self.user = os.environ["SMTP_USER"]
        self.password = os.environ["SMTP_PASSWORD"]
        self.sender = os.environ["RESET_MAIL_FROM"]

    def send(self, to: str, link: str) -> None:
        msg = EmailMessage()
        msg["From"] = self.sender
        msg["To"] = to
        msg["Subject"] = "Reset your wash club password"
        msg.set_content(f"Use this link within the next hour to choose a new password:\n\n{link}\n")
        with smtplib.SMTP(self.host, self.port) as smtp:
            smtp.starttls()
            smtp.login(self.user, self.password)
            smtp.send_message(msg)


def request_reset(repo: MemberRepo, mailer: ResetMailer, email: str) -> None:
    member = repo.find_by_email(email)
    if member is None:
        return
    issued_at = time.time()
    token = _reset_token_for(member["id"], issued_at)
    repo.save_reset_token(member["id"], token, issued_at + RESET_TTL_S)
    mailer.send(member["email"], _reset_link(token))
