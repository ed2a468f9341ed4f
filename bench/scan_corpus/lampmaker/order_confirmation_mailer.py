"""Send order confirmations and 'your lamp is ready' emails over SMTP."""
import logging
import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage

log = logging.getLogger("shop.mailer")


@dataclass(frozen=True)
class SmtpSettings:
    host: str = os.environ.get("SMTP_HOST", "smtp.mailrelay.example")
    port: int = int(os.environ.get("SMTP_PORT", "587"))
    username: str = os.environ.get("SMTP_USER", "orders@lampmaker.example")
    password: str = os.environ.get("SMTP_PASSWORD", "")
    sender: str = "Lampmaker Workshop <orders@lampmaker.example>"


def tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


def build_message(cfg: SmtpSettings, to: str, subject: str, body: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = cfg.sender
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(body)
    return msg


def send(to: str, subject: str, body: str, cfg: SmtpSettings = SmtpSettings()) -> None:
    msg = build_message(cfg, to, subject, body)
    with smtplib.SMTP(cfg.host, cfg.port, timeout=30) as smtp:
        smtp.starttls(context=tls_context())
        smtp.login(cfg.username, cfg.password)
        smtp.send_message(msg)
    log.info("sent '%s' to %s", subject, to)


def lamp_ready(order_ref: str, customer_email: str, collection: bool) -> None:
    how = "collect it from the showroom" if collection else "expect a courier within 2 days"
    send(
        customer_email,
        f"Your lamp {order_ref} is ready",
        f"Good news: your lamp has passed its electrical safety test. You can {how}.",
    )
