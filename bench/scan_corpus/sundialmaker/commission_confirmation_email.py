"""Builds the HTML confirmation e-mail sent when a sundial commission is accepted."""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage

from jinja2 import DictLoader, Environment, select_autoescape
from markupsafe import Markup

WORKSHOP_SIGNATURE = Markup(
    "<p>With warm regards,<br><strong>The Sundial Workshop</strong></p>"
)

TEMPLATES = {
    "confirmation.html": """<html><body>
<p>Dear {{ customer_name }},</p>
<p>Thank you for commissioning a {{ dial_type }} sundial for {{ site_name }}
(latitude {{ "%.4f"|format(latitude) }}).</p>
<p>Your motto will read: <em>{{ motto }}</em></p>
<p>Notes you sent us:</p><blockquote>{{ notes }}</blockquote>
{{ signature }}
</body></html>""",
}

env = Environment(loader=DictLoader(TEMPLATES), autoescape=select_autoescape(["html", "xml"]))


@dataclass
class Commission:
    id: int
    customer_name: str
    customer_email: str
    dial_type: str
    site_name: str
    latitude: float
    motto: str
    notes: str


def render_confirmation(c: Commission) -> str:
    return env.get_template("confirmation.html").render(
        customer_name=c.customer_name,
        dial_type=c.dial_type,
        site_name=c.site_name,
        latitude=c.latitude,
        motto=c.motto,
        notes=c.notes,
        signature=WORKSHOP_SIGNATURE,
    )


def send_confirmation(c: Commission, smtp_host: str, smtp_user: str, smtp_password: str,
                      sender: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"Your sundial commission #{c.id}"
    msg["From"] = sender
    msg["To"] = c.customer_email
    msg.set_content(f"Dear {c.customer_name}, your commission #{c.id} has been accepted.")
    msg.add_alternative(render_confirmation(c), subtype="html")
    with smtplib.SMTP(smtp_host, 587, timeout=30) as smtp:
        smtp.starttls(context=ssl.create_default_context())
        smtp.login(smtp_user, smtp_password)
        smtp.send_message(msg)
