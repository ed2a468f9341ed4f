"""Renders the monthly club newsletter e-mail.

Committee members write newsletter items in the admin area; members can
also submit "shot of the month" captions. Everything is rendered into one
HTML e-mail through Jinja2.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import List

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

TEMPLATE_DIR = Path(__file__).parent / "templates" / "newsletter"
FOOTER_HTML = Markup(
    '<p style="font-size:11px;color:#666">You receive this e-mail as a member of the club. '
    'Update your preferences on the <a href="https://{{ site }}/account/email">account page</a>.</p>'
)


@dataclass
class NewsItem:
    headline: str
    body: str
    author: str


@dataclass
class ShotOfTheMonth:
    archer: str
    caption: str
    image_url: str


@dataclass
class Newsletter:
    issue_date: date
    items: List[NewsItem] = field(default_factory=list)
    shot: ShotOfTheMonth | None = None


def build_environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATE_DIR),
        autoescape=select_autoescape(enabled_extensions=("html", "xml"), default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["paragraphs"] = lambda text: [p.strip() for p in text.split("\n\n") if p.strip()]
    return env


_env = build_environment()


def render_newsletter(issue: Newsletter, site: str) -> str:
    template = _env.get_template("issue.html")
    footer = _env.from_string(str(FOOTER_HTML)).render(site=site)
    return template.render(
        issue=issue,
        items=issue.items,
        shot=issue.shot,
        footer=Markup(footer),
        month=issue.issue_date.strftime("%B %Y"),
    )


def render_plain_text(issue: Newsletter) -> str:
    lines = [f"Club newsletter - {issue.issue_date:%B %Y}", ""]
    for item in issue.items:
        lines += [item.headline.upper(), item.body, f"-- {item.author}", ""]
    if issue.shot:
        lines += [f"Shot of the month: {issue.shot.archer} - {issue.shot.caption}"]
    return "\n".join(lines)
