"""Deliver obituary notices to newspaper partners over SMTP.

Used for the regional papers that accept submissions by email. Each paper's
relay settings live in the partner registry.
"""
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage

from fhgroup.secrets import get_secret

TLS_FLOOR = ssl.TLSVersion.TLSv1_2


@dataclass
class RelaySettings:
    host: str
    port: int
    username: str
    secret_name: str
    implicit_tls: bool = False


def relay_context(cafile: str | None = None) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.minimum_version = TLS_FLOOR
    return ctx


def deliver(notice: EmailMessage, relay: RelaySettings) -> None:
    ctx = relay_context()
    password = get_secret(relay.secret_name)
    if relay.implicit_tls:
        with smtplib.SMTP_SSL(relay.host, relay.port, context=ctx, timeout=30) as smtp:
            smtp.login(relay.username, password)
            smtp.send_message(notice)
        return
    with smtplib.SMTP(relay.host, relay.port, timeout=30) as smtp:
        smtp.starttls(context=ctx)
        smtp.login(relay.username, password)
        smtp.send_message(notice)
