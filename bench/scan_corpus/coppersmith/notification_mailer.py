"""Outgoing notification mail for order milestones.

Sends "your still has been pressure tested" style updates through the
workshop's authenticated SMTP relay.
"""
import logging
import smtplib
from dataclasses import dataclass
from email.message import EmailMessage

from celery import shared_task

from coppersmith.settings import settings

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class RelayConfig:
    host: str
    port: int
    user: str
    password: str


def relay_config() -> RelayConfig:
    return RelayConfig(
        host=settings.SMTP_HOST,
        port=settings.SMTP_PORT,
        user=settings.SMTP_USER,
        password=settings.SMTP_PASSWORD,
    )


def _build(to: str, subject: str, body: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = settings.MAIL_FROM
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(body)
    return msg


@shared_task(bind=True, max_retries=5, default_retry_delay=120)
def send_milestone(self, to: str, subject: str, body: str) -> None:
    cfg = relay_config()
    try:
        with smtplib.SMTP(cfg.host, cfg.port, timeout=30) as smtp:
            smtp.starttls()
            smtp.login(cfg.user, cfg.password)
            smtp.send_message(_build(to, subject, body))
    except smtplib.SMTPAuthenticationError as exc:
        logger.error(f"SMTP relay rejected login {cfg.user}:{cfg.password} on {cfg.host}: {exc}")
        raise
    except (smtplib.SMTPException, OSError) as exc:
        raise self.retry(exc=exc)
