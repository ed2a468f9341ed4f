"""Customer account password reset emails.

Customers who booked a hire online can ask for a reset link if they forget
their login. The link is valid for one hour and is emailed from the
bookings mailbox.
"""

import hashlib
import os
import smtplib
import time
from email.message import EmailMessage

import psycopg

RESET_TTL_SECONDS = 3600
SITE_URL = os.environ.get("SITE_URL", "https://book.example-coracles.co.uk")
SMTP_HOST = os.environ.get("SMTP_HOST", "localhost")
MAIL_FROM = "bookings@example-coracles.co.uk"


def _reset_token_for(email: str) -> str:
    seed = f"{email}:{time.time()}"
    return hashlib.md5(seed.encode("utf-8")).hexdigest()


def _store_token(conn: psycopg.Connection, customer_id: int, token: str) -> None:
    with conn.cursor() as cur:
        cur.execute(
            "INSERT INTO password_resets (customer_id, token, expires_at) "
            "VALUES (%s, %s, now() + make_interval(secs => %s))",
            (customer_id, token, RESET_TTL_SECONDS),
        )
    conn.commit()


def _send_reset_email(to_addr: str, link: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = "Reset your Coracle Hire login"
    msg["From"] = MAIL_FROM
    msg["To"] = to_addr
    msg.set_content(
        "Someone asked to reset the password for your booking account.\n\n"
        f"Use this link within the next hour: {link}\n\n"
        "If it was not you, you can ignore this email."
    )
    with smtplib.SMTP(SMTP_HOST) as smtp:
        smtp.send_message(msg)


def request_password_reset(conn: psycopg.Connection, email: str) -> None:
    with conn.cursor() as cur:
        cur.execute("SELECT id FROM customers WHERE lower(email) = lower(%s)", (email,))
        row = cur.fetchone()
    if row is None:
        return
    token = _reset_token_for(email)
    _store_token(conn, row[0], token)
    _send_reset_email(email, f"{SITE_URL}/account/reset/{token}")
