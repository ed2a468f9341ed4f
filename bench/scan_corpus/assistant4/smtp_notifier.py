"""Deliver alert e-mails over an authenticated SMTP submission port."""
import logging
import os
import smtplib
import ssl
from email.message import EmailMessage

log = logging.getLogger(__name__)

SMTP_HOST = os.environ.get("ALERT_SMTP_HOST", "localhost")
SMTP_PORT = int(os.environ.get("ALERT_SMTP_PORT", "465"))


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def send_alert(to: str, subject: str, body: str) -> None:
    msg = EmailMessage()
    msg["From"] = os.environ.get("ALERT_FROM", "alerts@localhost")
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(body)
    with smtplib.SMTP_SSL(SMTP_HOST, SMTP_PORT, context=_tls_context(), timeout=30) as smtp:
        smtp.login(os.environ["ALERT_SMTP_USER"], os.environ["ALERT_SMTP_PASSWORD"])
        smtp.send_message(msg)
    log.info("alert %r sent to %s", subject, to)
