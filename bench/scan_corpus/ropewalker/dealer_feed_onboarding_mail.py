"""Welcome e-mail for dealers being connected to the automated price list SFTP feed."""
import os
import smtplib
import ssl
from email.message import EmailMessage

from jinja2 import Environment, PackageLoader, select_autoescape

from ropewalker.dealers.models import Dealer

templates = Environment(
    loader=PackageLoader("ropewalker.dealers", "templates"),
    autoescape=select_autoescape(["html"]),
)


def _feed_connection_details(dealer: Dealer) -> dict:
    return {
        "host": os.environ["PRICEFEED_SFTP_HOST"],
        "port": int(os.environ.get("PRICEFEED_SFTP_PORT", "22")),
        "username": os.environ["PRICEFEED_SFTP_USER"],
        "password": os.environ["PRICEFEED_SFTP_PASSWORD"],
        "directory": f"/outbound/{dealer.code.lower()}",
    }


def render_welcome(dealer: Dealer) -> EmailMessage:
    context = {"dealer": dealer, "feed": _feed_connection_details(dealer)}
    message = EmailMessage()
    message["Subject"] = f"Your Ropewalker price list feed ({dealer.code})"
    message["From"] = os.environ["DEALER_MAIL_FROM"]
    message["To"] = dealer.technical_contact_email
    message.set_content(templates.get_template("feed_welcome.txt").render(context))
    message.add_alternative(
        templates.get_template("feed_welcome.html").render(context), subtype="html"
    )
    return message


def send_welcome(dealer: Dealer) -> None:
    message = render_welcome(dealer)
    context = ssl.create_default_context()
    with smtplib.SMTP(os.environ["SMTP_HOST"], 587, timeout=30) as smtp:
        smtp.starttls(context=context)
        smtp.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        smtp.send_message(message)
