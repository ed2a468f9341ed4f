"""Password reset by emailed six-digit code for the customer portal."""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import random
import sqlite3
from email.message import EmailMessage
import smtplib

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("portal_reset", __name__, url_prefix="/portal/reset")

CODE_TTL = dt.timedelta(minutes=15)


class ResetCodes:
    @staticmethod
    def generate() -> str:
        return f"{random.randint(0, 999_999):06d}"

    @staticmethod
    def fingerprint(code: str) -> str:
        return hashlib.sha256(code.encode()).hexdigest()


def _db() -> sqlite3.Connection:
    return sqlite3.connect(current_app.config["PORTAL_DB"])


def _send_code(email: str, code: str) -> None:
    msg = EmailMessage()
    msg["From"] = current_app.config["MAIL_FROM"]
    msg["To"] = email
    msg["Subject"] = "Your Organ Grinder portal reset code"
    msg.set_content(f"Your reset code is {code}. It expires in 15 minutes.")
    with smtplib.SMTP(current_app.config["SMTP_HOST"], 587) as smtp:
        smtp.starttls()
        smtp.login(current_app.config["SMTP_USER"], current_app.config["SMTP_PASSWORD"])
        smtp.send_message(msg)


@bp.post("/request")
def request_code():
    email = request.get_json(force=True).get("email", "").strip().lower()
    with _db() as conn:
        row = conn.execute("SELECT id FROM customers WHERE email = ?", (email,)).fetchone()
        if row:
            code = ResetCodes.generate()
            expires = (dt.datetime.utcnow() + CODE_TTL).isoformat()
            conn.execute(
                "INSERT INTO reset_codes (customer_id, code_hash, expires_at) VALUES (?, ?, ?)",
                (row[0], ResetCodes.fingerprint(code), expires),
            )
            _send_code(email, code)
    return jsonify(status="if the address exists, a code was sent")


@bp.post("/confirm")
def confirm():
    body = request.get_json(force=True)
    email = body.get("email", "").strip().lower()
    supplied = ResetCodes.fingerprint(str(body.get("code", "")))
    with _db() as conn:
        row = conn.execute(
            "SELECT r.id, r.code_hash FROM reset_codes r JOIN customers c ON c.id = r.customer_id "
            "WHERE c.email = ? AND r.expires_at > ? ORDER BY r.id DESC LIMIT 1",
            (email, dt.datetime.utcnow().isoformat()),
        ).fetchone()
        if row is None or not hmac.compare_digest(row[1], supplied):
            return jsonify(error="invalid code"), 400
        conn.execute("DELETE FROM reset_codes WHERE id = ?", (row[0],))
    return jsonify(status="code accepted")
