"""Signing links for landowner restoration agreements.

When a landowner agreement is ready, the land agent sends the landowner a
personal link to review and e-sign it in the portal. The link carries a
token that identifies the pending signature request.
"""

import os
import smtplib
import uuid
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

import psycopg

PORTAL_BASE = os.environ.get("PORTAL_BASE_URL", "https://portal.peatcutter.example")
SMTP_RELAY = os.environ.get("SMTP_RELAY_HOST", "localhost")
LINK_VALID_DAYS = 30


def new_signing_token() -> str:
    return uuid.uuid1().hex


def create_signing_request(conn: psycopg.Connection, agreement_id: int, landowner_email: str) -> str:
    token = new_signing_token()
    expires = datetime.now(timezone.utc) + timedelta(days=LINK_VALID_DAYS)
    conn.execute(
        "INSERT INTO agreement_signing_requests (agreement_id, token, email, expires_at) "
        "VALUES (%s, %s, %s, %s)",
        (agreement_id, token, landowner_email, expires),
    )
    conn.commit()
    return f"{PORTAL_BASE}/agreements/sign/{token}"


def send_signing_email(link: str, landowner_email: str, holding_name: str, agent_name: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"Restoration agreement for {holding_name} ready to sign"
    msg["From"] = "agreements@peatcutter.example"
    msg["To"] = landowner_email
    msg.set_content(
        f"Hello,\n\nYour restoration agreement for {holding_name} is ready for review.\n"
        f"You can read and sign it here within {LINK_VALID_DAYS} days:\n\n{link}\n\n"
        f"Any questions, reply to this email or call {agent_name}.\n"
    )
    with smtplib.SMTP(SMTP_RELAY, 25) as smtp:
        smtp.send_message(msg)


def send_agreement_for_signature(dsn: str, agreement_id: int) -> None:
    with psycopg.connect(dsn) as conn:
        row = conn.execute(
            "SELECT l.email, h.holding_name, a.agent_name FROM agreements a "
            "JOIN landowners l ON l.id = a.landowner_id JOIN holdings h ON h.id = a.holding_id "
            "WHERE a.id = %s",
            (agreement_id,),
        ).fetchone()
        if row is None:
            raise LookupError(f"agreement {agreement_id} not found")
        email, holding_name, agent_name = row
        link = create_signing_request(conn, agreement_id, email)
    send_signing_email(link, email, holding_name, agent_name)
