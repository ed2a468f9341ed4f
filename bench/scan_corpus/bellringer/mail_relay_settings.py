"""Typed settings for the association's outgoing mail relay."""
import logging
import smtplib
import ssl
from email.message import EmailMessage
from functools import lru_cache

from pydantic import EmailStr, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

log = logging.getLogger(__name__)


class MailRelaySettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BELLS_SMTP_", env_file=".env")

    host: str
    port: int = 587
    username: str
    password: SecretStr
    sender: EmailStr
    starttls: bool = True


@lru_cache
def mail_settings() -> MailRelaySettings:
    settings = MailRelaySettings()
    log.info("Mail relay settings loaded: %s", settings)
    return settings


def send_practice_reminder(to: str, tower: str, night: str) -> None:
    cfg = mail_settings()
    msg = EmailMessage()
    msg["From"] = cfg.sender
    msg["To"] = to
    msg["Subject"] = f"Practice reminder: {tower} on {night}"
    msg.set_content(
        f"A reminder that practice at {tower} is on {night}.\n"
        "Reply to this message if you can no longer attend."
    )
    with smtplib.SMTP(cfg.host, cfg.port, timeout=30) as smtp:
        if cfg.starttls:
            smtp.starttls(context=ssl.create_default_context())
        smtp.login(cfg.username, cfg.password.get_secret_value())
        smtp.send_message(msg)
