"""SMTP relay client used for notices to recorder and clerk offices."""
import os
import smtplib
import ssl
from email.message import EmailMessage

RELAY_HOST = os.environ.get("CLERK_RELAY_HOST", "")
RELAY_PORT = int(os.environ.get("CLERK_RELAY_PORT", "465"))
RELAY_USER = os.environ.get("CLERK_RELAY_USER", "")


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def send_notice(to_addr: str, subject: str, text: str, pdf: bytes | None = None) -> None:
    msg = EmailMessage()
    msg["From"] = os.environ["CLERK_RELAY_FROM"]
    msg["To"] = to_addr
    msg["Subject"] = subject
    msg.set_content(text)
    if pdf is not None:
        msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="notice.pdf")

    with smtplib.SMTP_SSL(RELAY_HOST, RELAY_PORT, context=_tls_context(), timeout=60) as smtp:
        smtp.login(RELAY_USER, os.environ["CLERK_RELAY_PASSWORD"])
        smtp.send_message(msg)
