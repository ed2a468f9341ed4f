"""Rendering helpers for course discussion forum posts."""
import re

import markdown
from flask import Flask
from markupsafe import Markup, escape

_MENTION = re.compile(r"@([a-z0-9_.-]{3,32})", re.IGNORECASE)
_md = markdown.Markdown(extensions=["fenced_code", "tables", "sane_lists"], output_format="html")


def render_post_body(body: str) -> Markup:
    """Convert a post written in Markdown into HTML for the thread view."""
    _md.reset()
    html = _md.convert(body)
    return Markup(html)


def mention_handles(body: str) -> list[str]:
    return sorted({m.group(1).lower() for m in _MENTION.finditer(body)})


def excerpt(body: str, length: int = 140) -> str:
    flat = " ".join(body.split())
    return flat if len(flat) <= length else flat[: length - 1] + "\u2026"


def author_badge(display_name: str, role: str) -> Markup:
    label = {"teacher": "Instructor", "ta": "TA"}.get(role)
    if label is None:
        return escape(display_name)
    return Markup("{} <span class=\"badge\">{}</span>").format(display_name, label)


def register(app: Flask) -> None:
    app.jinja_env.filters["post_body"] = render_post_body
    app.jinja_env.filters["post_excerpt"] = excerpt
    app.jinja_env.globals["author_badge"] = author_badge
