"""Renders the HTML e-mails sent when a proof is ready for customer review."""
from __future__ import annotations

from dataclasses import dataclass

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

WORKSHOP_SIGNATURE = Markup(
    "<p style=\"font-size:12px;color:#555\">The Bindery &middot; Unit 4, Mill Yard"
    "<br>Print-on-demand &amp; hand binding</p>"
)

env = Environment(
    loader=PackageLoader("bindery", "templates/email"),
    autoescape=select_autoescape(enabled_extensions=("html", "xml"), default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


@dataclass
class ProofEmail:
    customer_name: str
    title: str
    order_ref: str
    approval_url: str
    notes_from_prepress: str = ""


def render_proof_ready(mail: ProofEmail) -> tuple[str, str]:
    template = env.get_template("proof_ready.html")
    html = template.render(
        name=mail.customer_name,
        title=mail.title,
        order_ref=mail.order_ref,
        approval_url=mail.approval_url,
        notes=mail.notes_from_prepress,
        signature=WORKSHOP_SIGNATURE,
    )
    subject = f"Proof ready for approval: {mail.title} ({mail.order_ref})"
    return subject, html


def render_reminder(mail: ProofEmail, days_waiting: int) -> str:
    template = env.from_string(
        "<p>Hello {{ name }},</p>"
        "<p>Your proof for <em>{{ title }}</em> has been waiting {{ days }} days.</p>"
        "<p><a href=\"{{ url }}\">Review the proof</a></p>{{ signature }}"
    )
    return template.render(
        name=mail.customer_name,
        title=mail.title,
        days=days_waiting,
        url=mail.approval_url,
        signature=WORKSHOP_SIGNATURE,
    )
