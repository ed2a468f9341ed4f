"""Password reset by e-mailed six-digit code for portal members."""
import hmac
import os
import random
import smtplib
import sqlite3
import ssl
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

from flask import Flask, jsonify, request

app = Flask(__name__)
DB_PATH = os.environ.get("PORTAL_DB", "portal.sqlite3")
SMTP_HOST = os.environ["SMTP_HOST"]
CODE_TTL = timedelta(minutes=15)
MAX_ATTEMPTS = 5


def db() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def send_code(email: str, code: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = "Your federation portal reset code"
    msg["From"] = os.environ.get("MAIL_FROM", "portal@federation.invalid")
    msg["To"] = email
    msg.set_content(f"Your reset code is {code}. It expires in 15 minutes.")
    with smtplib.SMTP(SMTP_HOST, 587) as smtp:
        smtp.starttls(context=ssl.create_default_context())
        smtp.send_message(msg)


@app.post("/password-reset/request")
def request_reset():
    email = request.form["email"].strip().lower()
    with db() as conn:
        member = conn.execute("SELECT id FROM members WHERE email = ?", (email,)).fetchone()
        if member is not None:
            code = f"{random.randint(0, 999999):06d}"
            expires = datetime.now(timezone.utc) + CODE_TTL
            conn.execute(
                "INSERT OR REPLACE INTO reset_codes (member_id, code, expires_at, attempts) "
                "VALUES (?, ?, ?, 0)",
                (member["id"], code, expires.isoformat()),
            )
            send_code(email, code)
    return jsonify(status="if the address is registered, a code has been sent")


@app.post("/password-reset/confirm")
def confirm_reset():
    email = request.form["email"].strip().lower()
    submitted = request.form["code"].strip()
    with db() as conn:
        row = conn.execute(
            "SELECT r.member_id, r.code, r.expires_at, r.attempts FROM reset_codes r "
            "JOIN members m ON m.id = r.member_id WHERE m.email = ?",
            (email,),
        ).fetchone()
        if row is None or row["attempts"] >= MAX_ATTEMPTS:
            return jsonify(error="invalid code"), 400
        if datetime.fromisoformat(row["expires_at"]) < datetime.now(timezone.utc):
            return jsonify(error="code expired"), 400
        if not hmac.compare_digest(submitted, row["code"]):
            conn.execute(
                "UPDATE reset_codes SET attempts = attempts + 1 WHERE member_id = ?",
                (row["member_id"],),
            )
            return jsonify(error="invalid code"), 400
        conn.execute("DELETE FROM reset_codes WHERE member_id = ?", (row["member_id"],))
    return jsonify(status="code accepted")
