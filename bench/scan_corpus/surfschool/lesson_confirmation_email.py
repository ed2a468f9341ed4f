"""Build lesson confirmation emails with the instructor's note and the surf report."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import List

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

env = Environment(
    loader=PackageLoader("saltline", "templates/email"),
    autoescape=select_autoescape(["html", "xml"]),
    trim_blocks=True,
)


@dataclass
class Confirmation:
    customer_name: str
    lesson_name: str
    starts_at: datetime
    beach: str
    instructor_name: str
    instructor_note: str
    gear: List[str]


def paragraphs(text: str) -> Markup:
    """Turn an instructor's plain-text note into HTML paragraphs."""
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    html = "".join(f"<p>{escape(b)}</p>" for b in blocks)
    return Markup(html)


env.filters["paragraphs"] = paragraphs


def render_confirmation(c: Confirmation) -> str:
    template = env.get_template("lesson_confirmation.html")
    return template.render(
        customer_name=c.customer_name,
        lesson_name=c.lesson_name,
        starts_at=c.starts_at.strftime("%A %d %B, %I:%M %p"),
        beach=c.beach,
        instructor_name=c.instructor_name,
        instructor_note=c.instructor_note,
        gear=c.gear,
    )


def render_subject(c: Confirmation) -> str:
    return f"You're booked: {c.lesson_name} at {c.beach} on {c.starts_at:%d %b}"
