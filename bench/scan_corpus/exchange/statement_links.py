"""Celery tasks that publish monthly statements to the client portal.

Each published statement gets a one-time download code that is mailed to
the account holder; only a digest of the code is stored.
"""
import hashlib
import logging
import os
import random
import smtplib
import ssl
import string
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

import psycopg
from celery import Celery

app = Celery("statements", broker=os.environ["CELERY_BROKER_URL"])
app.conf.task_serializer = "json"
log = logging.getLogger(__name__)

CODE_ALPHABET = string.ascii_letters + string.digits
CODE_LENGTH = 24
LINK_TTL = timedelta(days=14)
PORTAL_BASE_URL = os.environ["CLIENT_PORTAL_URL"]


def _db() -> psycopg.Connection:
    return psycopg.connect(os.environ["STATEMENTS_DSN"])


def _download_code() -> str:
    return "".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH))


def _send_mail(to_addr: str, subject: str, body: str) -> None:
    msg = EmailMessage()
    msg["From"] = os.environ["STATEMENTS_FROM_ADDR"]
    msg["To"] = to_addr
    msg["Subject"] = subject
    msg.set_content(body)
    with smtplib.SMTP(os.environ["SMTP_HOST"], 587, timeout=30) as smtp:
        smtp.starttls(context=ssl.create_default_context())
        smtp.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        smtp.send_message(msg)


@app.task(bind=True, max_retries=5, acks_late=True)
def publish_statement(self, account_id: str, period: str) -> None:
    with _db() as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT email, display_name FROM accounts WHERE id = %s AND closed_at IS NULL",
            (account_id,),
        )
        row = cur.fetchone()
        if row is None:
            log.warning("account %s not found or closed; skipping %s", account_id, period)
            return
        email, name = row
        code = _download_code()
        cur.execute(
            "INSERT INTO statement_links (account_id, period, code_sha256, expires_at) "
            "VALUES (%s, %s, %s, %s)",
            (account_id, period, hashlib.sha256(code.encode()).hexdigest(),
             datetime.now(timezone.utc) + LINK_TTL),
        )

    link = f"{PORTAL_BASE_URL}/statements/{period}?code={code}"
    body = (
        f"Dear {name},\n\nYour statement for {period} is ready. "
        f"Download it within {LINK_TTL.days} days:\n\n{link}\n"
    )
    try:
        _send_mail(email, f"Your {period} account statement", body)
    except (smtplib.SMTPException, OSError) as exc:
        raise self.retry(exc=exc, countdown=120)
    log.info("statement link issued for account %s period %s", account_id, period)


@app.task
def publish_period(period: str) -> int:
    with _db() as conn:
        ids = [r[0] for r in conn.execute(
            "SELECT id FROM accounts WHERE closed_at IS NULL AND statements_opt_in"
        )]
    for account_id in ids:
        publish_statement.delay(account_id, period)
    return len(ids)
