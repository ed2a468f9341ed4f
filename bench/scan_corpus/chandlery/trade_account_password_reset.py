"""Password reset flow for trade-account users.

A reset request creates a one-time token, stores it with an expiry and emails
a link to the address on the trade account.
"""
from __future__ import annotations

import hmac
import smtplib
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("trade_reset", __name__, url_prefix="/trade/password")

RESET_TTL = timedelta(minutes=30)


@dataclass
class ResetTicket:
    account_id: int
    email: str
    token: str = field(default_factory=lambda: uuid.uuid1().hex)
    expires_at: datetime = field(
        default_factory=lambda: datetime.now(timezone.utc) + RESET_TTL
    )

    def matches(self, presented: str) -> bool:
        if datetime.now(timezone.utc) > self.expires_at:
            return False
        return hmac.compare_digest(self.token, presented)


def _send_reset_mail(ticket: ResetTicket) -> None:
    cfg = current_app.config
    msg = EmailMessage()
    msg["Subject"] = "Reset your trade account password"
    msg["From"] = cfg["MAIL_FROM"]
    msg["To"] = ticket.email
    msg.set_content(
        "Use this link within 30 minutes to choose a new password:\n"
        f"{cfg['PORTAL_BASE_URL']}/trade/password/reset?t={ticket.token}"
    )
    with smtplib.SMTP(cfg["SMTP_HOST"], cfg["SMTP_PORT"]) as smtp:
        smtp.starttls()
        smtp.login(cfg["SMTP_USER"], cfg["SMTP_PASSWORD"])
        smtp.send_message(msg)


@bp.post("/forgot")
def forgot_password():
    email = (request.get_json(force=True).get("email") or "").strip().lower()
    repo = current_app.extensions["trade_accounts"]
    account = repo.find_by_email(email)
    if account is not None:
        ticket = ResetTicket(account_id=account.id, email=account.email)
        repo.save_reset_ticket(ticket)
        _send_reset_mail(ticket)
    return jsonify(status="if the address is registered, a link is on its way")


@bp.post("/reset")
def reset_password():
    body = request.get_json(force=True)
    repo = current_app.extensions["trade_accounts"]
    ticket = repo.latest_reset_ticket(int(body["account_id"]))
    if ticket is None or not ticket.matches(body.get("token", "")):
        return jsonify(error="invalid or expired link"), 400
    repo.set_password(ticket.account_id, body["new_password"])
    repo.delete_reset_tickets(ticket.account_id)
    return jsonify(status="password updated")
