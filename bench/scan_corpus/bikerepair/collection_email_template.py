"""HTML e-mail telling a customer their bike is ready, with the mechanic's summary."""
from __future__ import annotations

import smtplib
from dataclasses import dataclass
from email.message import EmailMessage
from typing import List

from jinja2 import DictLoader, Environment, select_autoescape
from markupsafe import Markup

TEMPLATES = {
    "ready.html": (
        "<p>Hi {{ customer }},</p>"
        "<p>{{ headline }}</p>"
        "<ul>{% for line in work_done %}<li>{{ line }}</li>{% endfor %}</ul>"
        "<p>Mechanic's note: {{ note }}</p>"
    )
}


@dataclass
class ReadyNotice:
    customer_name: str
    email: str
    bike_description: str
    work_done: List[str]
    mechanic_note: str
    balance_due: str


class ReadyEmailBuilder:
    env = Environment(loader=DictLoader(TEMPLATES), autoescape=select_autoescape(["html"]))

    def headline(self, notice: ReadyNotice) -> Markup:
        return Markup("Your <strong>{}</strong> is ready. Balance due: <strong>{}</strong>").format(
            notice.bike_description, notice.balance_due
        )

    def html(self, notice: ReadyNotice) -> str:
        return self.env.get_template("ready.html").render(
            customer=notice.customer_name,
            headline=self.headline(notice),
            work_done=notice.work_done,
            note=notice.mechanic_note,
        )

    def message(self, notice: ReadyNotice, sender: str) -> EmailMessage:
        msg = EmailMessage()
        msg["Subject"] = "Your bike is ready for collection"
        msg["From"] = sender
        msg["To"] = notice.email
        msg.set_content(f"Your {notice.bike_description} is ready for collection.")
        msg.add_alternative(self.html(notice), subtype="html")
        return msg


def send_ready_email(notice: ReadyNotice, smtp_host: str, sender: str) -> None:
    with smtplib.SMTP(smtp_host, 587, timeout=20) as smtp:
        smtp.starttls()
        smtp.send_message(ReadyEmailBuilder().message(notice, sender))
