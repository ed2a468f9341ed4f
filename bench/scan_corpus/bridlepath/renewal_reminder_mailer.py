"""Send membership renewal reminders through the trust's SMTP relay."""
from __future__ import annotations

import logging
import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage

log = logging.getLogger("mail.renewals")


@dataclass
class SmtpConfig:
    host: str = os.environ.get("SMTP_HOST", "smtp.bridlepath-trust.org.uk")
    port: int = int(os.environ.get("SMTP_PORT", "587"))
    username: str = os.environ.get("SMTP_USERNAME", "")
    password: str = os.environ.get("SMTP_PASSWORD", "")
    sender: str = "Membership <membership@bridlepath-trust.org.uk>"


def build_reminder(member, cfg: SmtpConfig) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = cfg.sender
    msg["To"] = member.email
    msg["Subject"] = f"Your Bridlepath Trust membership renews on {member.renews_on:%d %B}"
    msg.set_content(
        f"Dear {member.first_name},\n\n"
        f"Thank you for riding with us this year. Your {member.tier} membership "
        f"({member.membership_number}) renews on {member.renews_on:%d %B %Y}.\n\n"
        "Renew online from the members' portal to keep your insurance cover and gate codes.\n"
    )
    return msg


def send_reminders(members, cfg: SmtpConfig | None = None) -> int:
    cfg = cfg or SmtpConfig()
    context = ssl.create_default_context()
    sent = 0
    log.info("connecting to %s:%s as %s", cfg.host, cfg.port, cfg.username)
    try:
        with smtplib.SMTP(cfg.host, cfg.port, timeout=30) as smtp:
            smtp.starttls(context=context)
            smtp.login(cfg.username, cfg.password)
            for member in members:
                smtp.send_message(build_reminder(member, cfg))
                sent += 1
    except smtplib.SMTPAuthenticationError as exc:
        log.error("SMTP login rejected for %s on %s: %s", cfg.username, cfg.host, exc.smtp_code)
        raise
    log.info("sent %d renewal reminders", sent)
    return sent
