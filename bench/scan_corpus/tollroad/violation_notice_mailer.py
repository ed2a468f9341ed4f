"""Sends toll violation notices by email through the transactional mail provider."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import httpx
from jinja2 import Environment, PackageLoader, select_autoescape

templates = Environment(
    loader=PackageLoader("tollroad", "templates/notices"),
    autoescape=select_autoescape(["html"]),
)


@dataclass
class ViolationNotice:
    notice_no: str
    plate: str
    owner_email: str
    plaza: str
    occurred_on: date
    amount_due: Decimal
    pay_by: date


class MailProvider:
    def __init__(self) -> None:
        self.api_base = os.environ["MAIL_API_BASE"]
        self.sender = os.environ["MAIL_FROM"]
        self._client = httpx.Client(
            base_url=self.api_base,
            auth=("api", os.environ["MAIL_API_KEY"]),
            timeout=15.0,
        )

    def send(self, to: str, subject: str, html: str, text: str) -> str:
        resp = self._client.post(
            "/v3/messages",
            data={"from": self.sender, "to": to, "subject": subject, "html": html, "text": text},
        )
        resp.raise_for_status()
        return resp.json()["id"]


def render(notice: ViolationNotice) -> tuple[str, str]:
    ctx = {"n": notice}
    return (
        templates.get_template("violation.html").render(ctx),
        templates.get_template("violation.txt").render(ctx),
    )


def send_notices(notices: list[ViolationNotice], provider: MailProvider | None = None) -> dict[str, str]:
    provider = provider or MailProvider()
    sent: dict[str, str] = {}
    for notice in notices:
        html, text = render(notice)
        subject = f"Unpaid toll notice {notice.notice_no} for plate {notice.plate}"
        sent[notice.notice_no] = provider.send(notice.owner_email, subject, html, text)
    return sent
