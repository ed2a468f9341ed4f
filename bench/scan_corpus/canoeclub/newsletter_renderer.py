"""Renders the monthly club newsletter e-mail.

Committee members write news items in the portal; trip reports written by
members are included as plain text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

TEMPLATE_DIR = Path(__file__).parent / "templates" / "newsletter"

env = Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    autoescape=select_autoescape(["html", "xml"]),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def _river_grade(value: str) -> str:
    return f"Grade {value}" if value else "Flat water"


env.filters["river_grade"] = _river_grade


@dataclass
class TripReport:
    author: str
    river: str
    grade: str
    body: str


@dataclass
class Newsletter:
    issue_date: date
    headline: str
    news: list[str] = field(default_factory=list)
    trip_reports: list[TripReport] = field(default_factory=list)
    upcoming_events: list[dict] = field(default_factory=list)


def render_html(newsletter: Newsletter, recipient_name: str) -> str:
    template = env.get_template("issue.html")
    return template.render(
        issue=newsletter,
        recipient=recipient_name,
        unsubscribe_url="/portal/preferences#newsletter",
    )


def render_text(newsletter: Newsletter, recipient_name: str) -> str:
    template = env.get_template("issue.txt")
    return template.render(issue=newsletter, recipient=recipient_name)
