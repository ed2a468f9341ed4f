"""Sends membership renewal reminders and receipts through the chain's mail relay."""
import os
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formataddr, make_msgid

from jinja2 import Environment, PackageLoader, select_autoescape

MAIL_SETTINGS = {
    "host": os.environ.get("MAIL_RELAY_HOST", "smtp.sendgrid.net"),
    "port": int(os.environ.get("MAIL_RELAY_PORT", "587")),
    "user": os.environ.get("MAIL_RELAY_USER", "apikey"),
    "password_env": "MAIL_RELAY_PASSWORD",
    "min_tls": ssl.TLSVersion.TLSv1,
    "sender": ("Summit Walls Memberships", "members@summitwalls.example"),
}

templates = Environment(
    loader=PackageLoader("climbing", "templates/email"),
    autoescape=select_autoescape(["html"]),
)


def _tls_context(settings: dict = MAIL_SETTINGS) -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.minimum_version = settings["min_tls"]
    return ctx


def build_message(to_addr: str, subject: str, template: str, **ctx) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = formataddr(MAIL_SETTINGS["sender"])
    msg["To"] = to_addr
    msg["Subject"] = subject
    msg["Message-ID"] = make_msgid(domain="summitwalls.example")
    msg.set_content(templates.get_template(f"{template}.txt").render(**ctx))
    msg.add_alternative(templates.get_template(f"{template}.html").render(**ctx), subtype="html")
    return msg


class MembershipMailer:
    def __init__(self, settings: dict = MAIL_SETTINGS) -> None:
        self.settings = settings

    def send(self, messages: list[EmailMessage]) -> int:
        s = self.settings
        with smtplib.SMTP(s["host"], s["port"], timeout=30) as smtp:
            smtp.starttls(context=_tls_context(s))
            smtp.login(s["user"], os.environ[s["password_env"]])
            for msg in messages:
                smtp.send_message(msg)
        return len(messages)

    def renewal_reminders(self, members: list[dict]) -> int:
        messages = [
            build_message(
                m["email"],
                "Your climbing membership renews soon",
                "renewal_reminder",
                first_name=m["first_name"],
                renews_on=m["renews_on"],
                plan=m["plan_name"],
            )
            for m in members
        ]
        return self.send(messages)
