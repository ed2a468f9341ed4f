"""Email notifications to researchers when a data release is ready."""
import os
import smtplib
import ssl
from email.message import EmailMessage

SMTP_HOST = os.environ["SMTP_HOST"]
SMTP_PORT = int(os.environ.get("SMTP_PORT", "587"))
SMTP_USER = os.environ["SMTP_USER"]
SENDER = os.environ.get("RELEASE_SENDER", "data-access@biobank.example.org")


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    # the hospital relay has not been upgraded yet
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


def build_message(recipient: str, request_ref: str, download_url: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = recipient
    msg["Subject"] = f"Data release ready for request {request_ref}"
    msg.set_content(
        "Your approved data release is available for 14 days at:\n\n"
        f"{download_url}\n\n"
        "Access requires signing in with your institutional account."
    )
    return msg


def send_release_notice(recipient: str, request_ref: str, download_url: str) -> None:
    msg = build_message(recipient, request_ref, download_url)
    with smtplib.SMTP(SMTP_HOST, SMTP_PORT, timeout=30) as smtp:
        smtp.starttls(context=_tls_context())
        smtp.login(SMTP_USER, os.environ["SMTP_PASSWORD"])
        smtp.send_message(msg)
