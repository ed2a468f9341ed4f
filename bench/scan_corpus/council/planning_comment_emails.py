"""Acknowledgement emails for public comments on planning applications.

When a resident comments on an application we send them a copy of what they
submitted, and notify the case officer with the same content.
"""
import os
from email.message import EmailMessage

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from planning.mailer import send

TEMPLATE_DIR = os.path.join(os.path.dirname(__file__), "templates", "email")

_env = Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def _render(name: str, **context) -> str:
    return _env.get_template(name).render(**context)


def build_acknowledgement(comment, application) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = f"Your comment on {application.reference}"
    msg["To"] = comment.email
    msg.set_content(_render("comment_ack.txt", comment=comment, application=application))
    msg.add_alternative(
        _render("comment_ack.html", comment=comment, application=application),
        subtype="html",
    )
    return msg


def build_officer_alert(comment, application) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = f"New {comment.stance} comment: {application.reference}"
    msg["To"] = application.case_officer_email
    msg.add_alternative(
        _render("officer_alert.html", comment=comment, application=application),
        subtype="html",
    )
    return msg


def send_comment_emails(comment, application) -> None:
    send(build_acknowledgement(comment, application))
    send(build_officer_alert(comment, application))
