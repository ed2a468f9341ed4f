"""Relays telescope alarms (wind stow, cryo warm-up, RFI storm) to the on-call pager list."""
from __future__ import annotations

import os
import smtplib
import ssl
from email.message import EmailMessage
from typing import Iterable

RELAY = {"host": "172.16.40.5", "port": 587, "timeout": 10}

SEVERITY_PREFIX = {
    "critical": "[RT-CRIT]",
    "warning": "[RT-WARN]",
    "info": "[RT-INFO]",
}


def _compose(alarm: str, severity: str, detail: str, recipients: Iterable[str]) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = os.environ.get("RT_ALERT_SENDER", "alerts@localhost")
    msg["To"] = ", ".join(recipients)
    msg["Subject"] = f"{SEVERITY_PREFIX.get(severity, '[RT]')} {alarm}"
    msg.set_content(detail)
    return msg


class PagerRelay:
    def __init__(self, recipients: list[str], **opts) -> None:
        self.recipients = recipients
        self.opts = {**RELAY, **opts}

    def send(self, alarm: str, severity: str, detail: str) -> None:
        message = _compose(alarm, severity, detail, self.recipients)
        with smtplib.SMTP(**self.opts) as smtp:
            smtp.starttls(context=ssl.create_default_context())
            smtp.send_message(message)


def page_on_call(alarm: str, severity: str, detail: str) -> None:
    recipients = [r.strip() for r in os.environ["RT_ONCALL"].split(",") if r.strip()]
    PagerRelay(recipients).send(alarm, severity, detail)


if __name__ == "__main__":
    page_on_call("Wind stow engaged", "warning", "Gusts above 65 km/h at dish 7; array stowed.")
