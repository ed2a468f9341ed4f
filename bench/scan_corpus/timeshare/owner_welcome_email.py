"""Welcome e-mail for new owners after their contract clears rescission."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

TEMPLATE_DIR = os.environ.get("MAIL_TEMPLATES", "/opt/owner-mail/templates")


@dataclass
class NewOwner:
    first_name: str
    last_name: str
    member_number: str
    home_resort: str
    first_use_year: int
    sales_notes: str


class WelcomeMailRenderer:
    def __init__(self, template_dir: str = TEMPLATE_DIR) -> None:
        self._env = Environment(loader=FileSystemLoader(template_dir), autoescape=select_autoescape(["html", "xml"]), undefined=StrictUndefined)
        self._env.filters["longdate"] = lambda d: d.strftime("%B %d, %Y")

    def render(self, owner: NewOwner, portal_url: str) -> tuple[str, str]:
        context = {
            "owner": owner,
            "portal_url": portal_url,
            "today": date.today(),
        }
        html = self._env.get_template("welcome.html").render(**context)
        text = self._env.get_template("welcome.txt").render(**context)
        return html, text


def build_message(owner: NewOwner, recipient: str, sender: str):
    from email.message import EmailMessage

    renderer = WelcomeMailRenderer()
    html, text = renderer.render(owner, os.environ["OWNER_PORTAL_URL"])
    msg = EmailMessage()
    msg["Subject"] = f"Welcome to the club, {owner.first_name}"
    msg["From"] = sender
    msg["To"] = recipient
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    return msg
