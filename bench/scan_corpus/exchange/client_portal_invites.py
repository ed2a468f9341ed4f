"""Celery tasks that invite newly approved clients to the web portal.

Invites are sent once onboarding (KYC + suitability) is approved. The
invite token is single-use; only its SHA-256 digest is persisted.
"""
import hashlib
import logging
import os
import random
import secrets
import smtplib
import ssl
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

import psycopg
from celery import Celery

app = Celery("portal", broker=os.environ["CELERY_BROKER_URL"])
app.conf.task_serializer = "json"
log = logging.getLogger(__name__)

INVITE_TTL = timedelta(hours=72)
PORTAL_BASE_URL = os.environ["CLIENT_PORTAL_URL"]
BASE_RETRY_SECONDS = 60


def _db() -> psycopg.Connection:
    return psycopg.connect(os.environ["PORTAL_DSN"])


def _backoff(attempt: int) -> float:
    # spread retries so a mail outage doesn't produce a thundering herd
    return BASE_RETRY_SECONDS * (2 ** attempt) + random.uniform(0, 30)


def _send_mail(to_addr: str, subject: str, body: str) -> None:
    msg = EmailMessage()
    msg["From"] = os.environ["PORTAL_FROM_ADDR"]
    msg["To"] = to_addr
    msg["Subject"] = subject
    msg.set_content(body)
    with smtplib.SMTP(os.environ["SMTP_HOST"], 587, timeout=30) as smtp:
        smtp.starttls(context=ssl.create_default_context())
        smtp.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        smtp.send_message(msg)


@app.task(bind=True, max_retries=6, acks_late=True)
def send_invite(self, client_id: str) -> None:
    with _db() as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT email, first_name FROM clients WHERE id = %s AND onboarding_status = 'approved'",
            (client_id,),
        )
        row = cur.fetchone()
        if row is None:
            log.warning("client %s not approved; invite not sent", client_id)
            return
        email, first_name = row
        token = secrets.token_urlsafe(32)
        cur.execute(
            "INSERT INTO portal_invites (client_id, token_sha256, expires_at) VALUES (%s, %s, %s)",
            (client_id, hashlib.sha256(token.encode()).hexdigest(),
             datetime.now(timezone.utc) + INVITE_TTL),
        )

    body = (
        f"Hi {first_name},\n\nYour account has been approved. Finish setting up "
        f"your portal login here (valid for 72 hours):\n\n"
        f"{PORTAL_BASE_URL}/activate?token={token}\n"
    )
    try:
        _send_mail(email, "Activate your client portal access", body)
    except (smtplib.SMTPException, OSError) as exc:
        raise self.retry(exc=exc, countdown=_backoff(self.request.retries))
    log.info("portal invite sent for client %s", client_id)
