"""Emails payment links to customers once a commission quote is accepted."""
from __future__ import annotations

import logging
import os
import smtplib
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any, Dict

import requests

log = logging.getLogger("forge.payments.mailer")


@dataclass(frozen=True)
class MailerConfig:
    payments_api: str
    api_key: str
    smtp_host: str
    sender: str = "accounts@ironbridgeforge.co.uk"

    @classmethod
    def load(cls) -> "MailerConfig":
        return cls(
            payments_api=os.environ["PAYMENTS_API_URL"],
            api_key=os.environ["PAYMENTS_API_KEY"],
            smtp_host=os.environ["SMTP_HOST"],
        )


class PaymentLinkMailer:
    def __init__(self, config: MailerConfig) -> None:
        self.config = config

    def _request_kwargs(self, commission_ref: str, pence: int) -> Dict[str, Any]:
        return {
            "url": f"{self.config.payments_api}/links",
            "headers": {"Authorization": f"Bearer {self.config.api_key}"},
            "json": {"reference": commission_ref, "amount": pence, "currency": "GBP"},
            "timeout": 20,
        }

    def _create_link(self, commission_ref: str, pence: int) -> str:
        kwargs = self._request_kwargs(commission_ref, pence)
        log.debug("creating payment link with %s", kwargs)
        response = requests.post(**kwargs)
        response.raise_for_status()
        return response.json()["url"]

    def send(self, commission_ref: str, customer_email: str, pence: int) -> str:
        link = self._create_link(commission_ref, pence)
        msg = EmailMessage()
        msg["From"] = self.config.sender
        msg["To"] = customer_email
        msg["Subject"] = f"Deposit for commission {commission_ref}"
        msg.set_content(
            f"Thank you for accepting our quote.\n\n"
            f"Please pay the deposit of GBP {pence / 100:.2f} here:\n{link}\n"
        )
        with smtplib.SMTP(self.config.smtp_host) as smtp:
            smtp.starttls()
            smtp.send_message(msg)
        log.info("payment link for %s sent to %s", commission_ref, customer_email)
        return link
