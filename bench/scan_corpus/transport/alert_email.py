"""Send on-call alert summaries by email."""
import os
import smtplib
import ssl
from email.message import EmailMessage

SMTP_HOST = os.environ["ALERT_SMTP_HOST"]
SMTP_PORT = int(os.environ.get("ALERT_SMTP_PORT", "587"))


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def send_alert(recipients: list[str], title: str, lines: list[str]) -> None:
    msg = EmailMessage()
    msg["From"] = os.environ["ALERT_FROM"]
    msg["To"] = ", ".join(recipients)
    msg["Subject"] = f"[alert] {title}"
    msg.set_content("\n".join(lines) or "(no details)")

    with smtplib.SMTP(SMTP_HOST, SMTP_PORT, timeout=20) as smtp:
        smtp.starttls(context=_tls_context())
        smtp.login(os.environ["ALERT_SMTP_USER"], os.environ["ALERT_SMTP_PASSWORD"])
        smtp.send_message(msg)
