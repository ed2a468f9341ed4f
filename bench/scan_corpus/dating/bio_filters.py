"""Jinja filters used by the public web profile pages."""
from __future__ import annotations

import re

from markupsafe import Markup, escape

_URL_RE = re.compile(r"(https?://[^\s<]+)")
_MENTION_RE = re.compile(r"@([A-Za-z0-9_]{3,30})")
MAX_BIO_CHARS = 500


def linkify_bio(text: str | None) -> Markup:
    """Turn URLs and @mentions in a member bio into clickable links."""
    if not text:
        return Markup("")
    text = text[:MAX_BIO_CHARS]
    html = _URL_RE.sub(r'<a href="\1" rel="nofollow noopener" target="_blank">\1</a>', text)
    html = _MENTION_RE.sub(r'<a href="/u/\1">@\1</a>', html)
    return Markup(html.replace("\n", "<br>"))


def initials(display_name: str | None) -> str:
    parts = (display_name or "").split()
    return escape("".join(p[0].upper() for p in parts[:2]))


def age_label(age: int | None) -> str:
    return "" if age is None else f"{age}"


def register_filters(app) -> None:
    app.jinja_env.filters["linkify_bio"] = linkify_bio
    app.jinja_env.filters["initials"] = initials
    app.jinja_env.filters["age_label"] = age_label
