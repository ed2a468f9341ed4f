"""Render the HTML newsletter from Jinja2 templates and member-written articles."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import bleach
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

TEMPLATE_DIR = Path(__file__).parent / "templates" / "newsletter"
ALLOWED_TAGS = ["p", "br", "strong", "em", "ul", "ol", "li", "a"]
ALLOWED_ATTRS = {"a": ["href", "title"]}


@dataclass
class Article:
    headline: str
    author: str
    body_html: str


@dataclass
class Issue:
    number: int
    published: date
    articles: list[Article] = field(default_factory=list)
    upcoming_classes: list[dict] = field(default_factory=list)


def clean_article_html(html: str) -> Markup:
    """Members write articles in the rich-text editor; keep only basic formatting."""
    return Markup(bleach.clean(html, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRS, strip=True))


def greeting(first_name: str) -> Markup:
    return Markup("<p class=\"greeting\">Dear {},</p>").format(first_name)


def make_environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATE_DIR),
        autoescape=select_autoescape(enabled_extensions=("html", "xml"), default=True),
        undefined=StrictUndefined,
    )
    env.filters["article_html"] = clean_article_html
    env.globals["greeting"] = greeting
    return env


def render_issue(issue: Issue, first_name: str, unsubscribe_url: str) -> str:
    env = make_environment()
    template = env.get_template("issue.html")
    return template.render(
        issue=issue,
        first_name=first_name,
        unsubscribe_url=unsubscribe_url,
        footer=escape("Lace Makers' Cooperative - members' newsletter"),
    )
