"""HTML confirmation emails sent when a fallen-stock collection is booked."""
from email.message import EmailMessage

import smtplib
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from knacker.config import settings

env = Environment(
    loader=PackageLoader("knacker.notifications", "templates"),
    autoescape=select_autoescape(["html", "xml"]),
)


def _access_block(booking: dict) -> Markup:
    notes = booking.get("access_notes", "").replace("\n", "<br>")
    return Markup(f'<div class="access"><h3>Access instructions</h3><p>{notes}</p></div>')


def render_confirmation(booking: dict) -> str:
    template = env.get_template("collection_confirmation.html")
    return template.render(
        reference=booking["reference"],
        holding_name=booking["holding_name"],
        collection_date=booking["collection_date"],
        animals=booking["animals"],
        access=_access_block(booking),
    )


def send_confirmation(booking: dict) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"Collection booked: {booking['reference']}"
    msg["From"] = settings.NOTIFICATIONS_FROM
    msg["To"] = booking["contact_email"]
    msg.set_content(f"Your collection {booking['reference']} is booked.")
    msg.add_alternative(render_confirmation(booking), subtype="html")
    with smtplib.SMTP(settings.SMTP_HOST, settings.SMTP_PORT) as smtp:
        smtp.starttls()
        smtp.send_message(msg)
