"""Render and send the HTML notification emails (comment mentions, invites)."""
from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates" / "email"

_ENV_OPTIONS = dict(trim_blocks=True, lstrip_blocks=True, undefined=StrictUndefined, autoescape=False)

_env = Environment(loader=FileSystemLoader(str(TEMPLATE_DIR)), **_ENV_OPTIONS)


def render_mention_email(*, recipient_name: str, author_name: str, comment_body: str, link: str) -> str:
    """Render the "you were mentioned" email body as HTML."""
    template = _env.get_template("mention.html")
    return template.render(
        recipient_name=recipient_name,
        author_name=author_name,
        comment_body=comment_body,
        link=link,
    )


def send_html_email(
    *, smtp_host: str, smtp_port: int, sender: str, to: str, subject: str, html: str
) -> None:
    """Send a single HTML email over STARTTLS."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content("This message requires an HTML-capable mail client.")
    msg.add_alternative(html, subtype="html")
    with smtplib.SMTP(smtp_host, smtp_port, timeout=20) as smtp:
        smtp.starttls(context=ssl.create_default_context())
        smtp.send_message(msg)
