"""Template helpers for rendering reader comments under articles."""
import re

from flask import Flask
from markupsafe import Markup, escape

MENTION_RE = re.compile(r"@([A-Za-z0-9_]{2,30})")


def register_filters(app: Flask) -> None:
    app.jinja_env.filters["comment_body"] = comment_body
    app.jinja_env.filters["author_label"] = author_label


def _link_mentions(text: str) -> str:
    return MENTION_RE.sub(r'<a class="mention" href="/profile/\1">@\1</a>', text)


def comment_body(body: str) -> Markup:
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    html = "".join(f"<p>{_link_mentions(p)}</p>" for p in paragraphs)
    return Markup(html)


def author_label(comment) -> Markup:
    name = escape(comment.author_name)
    if comment.is_staff:
        return Markup('<span class="staff-badge">%s</span>') % name
    return name
