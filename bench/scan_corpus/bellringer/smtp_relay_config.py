"""Mail relay configuration for newsletter and practice-night notices."""
import logging
import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RelayConfig:
    host: str
    port: int
    username: str
    password: str
    sender: str
    use_starttls: bool = True

    @classmethod
    def from_env(cls) -> "RelayConfig":
        return cls(
            host=os.environ["BELLS_SMTP_HOST"],
            port=int(os.environ.get("BELLS_SMTP_PORT", "587")),
            username=os.environ["BELLS_SMTP_USER"],
            password=os.environ["BELLS_SMTP_PASSWORD"],
            sender=os.environ.get("BELLS_MAIL_FROM", "secretary@guild.example"),
        )


_config: RelayConfig | None = None


def relay_config() -> RelayConfig:
    global _config
    if _config is None:
        _config = RelayConfig.from_env()
        log.info("Mail relay configured: %s", _config)
    return _config


def send_notice(to: str, subject: str, body: str) -> None:
    cfg = relay_config()
    msg = EmailMessage()
    msg["From"] = cfg.sender
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(body)
    with smtplib.SMTP(cfg.host, cfg.port, timeout=30) as smtp:
        if cfg.use_starttls:
            smtp.starttls(context=ssl.create_default_context())
        smtp.login(cfg.username, cfg.password)
        smtp.send_message(msg)
