"""Build the monthly thank-you email sent to active volunteers.

The email lists the shifts each volunteer did and quotes a message that the
volunteer coordinator types into the admin screen.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jinja2 import DictLoader, Environment, select_autoescape
from markupsafe import Markup

TEMPLATES = {
    "thankyou.html": """
<p>Hi {{ first_name }},</p>
<p>{{ coordinator_message }}</p>
<p>This month you helped with:</p>
<ul>{% for s in shifts %}<li>{{ s }}</li>{% endfor %}</ul>
<p>{{ signoff }}</p>
""",
}

env = Environment(loader=DictLoader(TEMPLATES), autoescape=select_autoescape(["html"]))


@dataclass
class ShiftSummary:
    day: date
    role: str
    site: str

    def __str__(self) -> str:
        return f"{self.day:%d %b}: {self.role} at {self.site}"


def _signoff(coordinator_name: str, role: str) -> Markup:
    return Markup("With thanks,<br><strong>{}</strong><br>{}").format(coordinator_name, role)


def _message_block(text: str) -> Markup:
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    return Markup("</p><p>").join(paragraphs)


def render_thankyou(
    first_name: str,
    shifts: list[ShiftSummary],
    coordinator_message: str,
    coordinator_name: str,
    coordinator_role: str = "Volunteer Coordinator",
) -> str:
    template = env.get_template("thankyou.html")
    return template.render(
        first_name=first_name,
        shifts=[str(s) for s in sorted(shifts, key=lambda s: s.day)],
        coordinator_message=_message_block(coordinator_message),
        signoff=_signoff(coordinator_name, coordinator_role),
    )
