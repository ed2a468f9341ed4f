"""Emails the monthly commission spreadsheet to the shop owner and accountant."""
from __future__ import annotations

import csv
import io
import os
import smtplib
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage


def _env(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"missing environment variable {name}")
    return value


@dataclass
class MailSettings:
    host: str = field(default_factory=lambda: _env("SMTP_HOST"))
    port: int = 587
    username: str = field(default_factory=lambda: _env("SMTP_USERNAME"))
    password: str = field(default_factory=lambda: _env("SMTP_PASSWORD"))
    sender: str = "accounts@bridal-atelier.co.uk"
    recipients: tuple[str, ...] = ("owner@bridal-atelier.co.uk", "books@harlow-accounting.co.uk")


def commission_csv(rows: list[dict[str, str]]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["stylist", "gowns_sold", "revenue", "commission"])
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


def build_message(settings: MailSettings, month: str, attachment: bytes) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = settings.sender
    msg["To"] = ", ".join(settings.recipients)
    msg["Subject"] = f"Stylist commission report {month}"
    msg.set_content(f"Attached is the commission report for {month}.")
    msg.add_attachment(attachment, maintype="text", subtype="csv", filename=f"commission_{month}.csv")
    return msg


def send_report(month: str, rows: list[dict[str, str]], settings: MailSettings | None = None) -> None:
    settings = settings or MailSettings()
    msg = build_message(settings, month, commission_csv(rows))
    with smtplib.SMTP(settings.host, settings.port, timeout=30) as smtp:
        smtp.starttls(context=ssl.create_default_context())
        smtp.login(settings.username, settings.password)
        smtp.send_message(msg)
