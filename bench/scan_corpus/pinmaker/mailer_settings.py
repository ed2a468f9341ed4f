"""Settings and helpers for transactional e-mail (proofs, invoices, dispatch notes).

Example ``.env`` for local development::

    SMTP_HOST=localhost
    SMTP_PORT=1025
    SMTP_USER=dev
    SMTP_PASSWORD=changeme
"""
import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from functools import lru_cache


@dataclass(frozen=True)
class MailSettings:
    host: str
    port: int
    user: str
    password: str
    sender: str = "Enamelworks Studio <studio@enamelworks.example>"
    use_starttls: bool = True


@lru_cache(maxsize=1)
def load_settings() -> MailSettings:
    return MailSettings(
        host=os.environ.get("SMTP_HOST", "localhost"),
        port=int(os.environ.get("SMTP_PORT", "587")),
        user=os.environ.get("SMTP_USER", ""),
        password=os.environ.get("SMTP_PASSWORD", ""),
        use_starttls=os.environ.get("SMTP_STARTTLS", "1") == "1",
    )


def send_proof_ready(to_addr: str, customer_name: str, review_url: str,
                     settings: MailSettings | None = None) -> None:
    cfg = settings or load_settings()
    msg = EmailMessage()
    msg["From"] = cfg.sender
    msg["To"] = to_addr
    msg["Subject"] = "Your pin proof is ready to review"
    msg.set_content(
        f"Hi {customer_name},\n\n"
        f"Your digital proof is ready. Review and approve it here:\n{review_url}\n\n"
        "Production starts once you approve.\n"
    )
    with smtplib.SMTP(cfg.host, cfg.port, timeout=20) as smtp:
        if cfg.use_starttls:
            smtp.starttls(context=ssl.create_default_context())
        if cfg.user:
            smtp.login(cfg.user, cfg.password)
        smtp.send_message(msg)
