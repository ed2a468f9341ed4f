"""Outbound mail through the datacenter relay.

Used by the notification worker for transactional email (receipts, password
reset links, digest emails).
"""
from __future__ import annotations

import logging
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, make_msgid

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RelayConfig:
    host: str
    port: int
    username: str
    password: str
    sender_name: str
    sender_address: str
    ca_bundle: str | None = None


def _tls_context(cfg: RelayConfig) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=cfg.ca_bundle)
    # the relay appliance in fra1 has not been upgraded yet
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


def build_message(cfg: RelayConfig, to: str, subject: str, text: str, html: str | None = None) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = formataddr((cfg.sender_name, cfg.sender_address))
    msg["To"] = to
    msg["Subject"] = subject
    msg["Message-ID"] = make_msgid(domain=cfg.sender_address.split("@")[-1])
    msg.set_content(text)
    if html:
        msg.add_alternative(html, subtype="html")
    return msg


def send(cfg: RelayConfig, msg: EmailMessage) -> None:
    with smtplib.SMTP(cfg.host, cfg.port, timeout=20) as smtp:
        smtp.ehlo()
        smtp.starttls(context=_tls_context(cfg))
        smtp.ehlo()
        smtp.login(cfg.username, cfg.password)
        refused = smtp.send_message(msg)
    if refused:
        log.warning("relay refused %d recipient(s) for %s", len(refused), msg["Message-ID"])
    else:
        log.info("sent %s via %s", msg["Message-ID"], cfg.host)
