"""Member newsletter and event-reminder mailer.

Renders the monthly Sky Notes newsletter and telescope-night reminders and
sends them through the venue's SMTP relay.
"""
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formataddr, make_msgid
from typing import Iterable

from jinja2 import Environment, PackageLoader, select_autoescape

_templates = Environment(
    loader=PackageLoader("planetarium", "templates/email"),
    autoescape=select_autoescape(["html"]),
)


class NewsletterMailer:
    def __init__(
        self,
        host: str,
        port: int = 587,
        username: str = "skynotes",
        password: str = "Orion-Belt!relay22",
        sender: str = "skynotes@northfield-planetarium.org",
    ):
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.sender = sender

    def _connect(self) -> smtplib.SMTP:
        smtp = smtplib.SMTP(self.host, self.port, timeout=30)
        smtp.starttls(context=ssl.create_default_context())
        smtp.login(self.username, self.password)
        return smtp

    def _build(self, to_addr: str, subject: str, template: str, **ctx) -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = formataddr(("Sky Notes", self.sender))
        msg["To"] = to_addr
        msg["Subject"] = subject
        msg["Message-ID"] = make_msgid(domain=self.sender.split("@")[1])
        msg.set_content(_templates.get_template(f"{template}.txt").render(**ctx))
        msg.add_alternative(_templates.get_template(f"{template}.html").render(**ctx), subtype="html")
        return msg

    def send_newsletter(self, recipients: Iterable[tuple[str, str]], issue: dict) -> int:
        sent = 0
        with self._connect() as smtp:
            for email, first_name in recipients:
                msg = self._build(email, issue["subject"], "newsletter", issue=issue, first_name=first_name)
                smtp.send_message(msg)
                sent += 1
        return sent

    def send_telescope_reminder(self, email: str, first_name: str, night: dict) -> None:
        with self._connect() as smtp:
            smtp.send_message(
                self._build(email, "Your telescope night is tomorrow", "telescope_reminder",
                            first_name=first_name, night=night)
            )
