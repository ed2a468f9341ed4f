"""Jinja filter that highlights @mentions in live chat replays."""
from __future__ import annotations

import re

from markupsafe import Markup, escape

MENTION_RE = re.compile(r"@([A-Za-z0-9_]{2,30})")
MENTION_TMPL = Markup('<a class="mention" href="/c/{0}">@{0}</a>')


def highlight_mentions(text: str) -> Markup:
    parts: list[Markup] = []
    last = 0
    for m in MENTION_RE.finditer(text):
        parts.append(escape(text[last:m.start()]))
        parts.append(MENTION_TMPL.format(m.group(1)))
        last = m.end()
    parts.append(escape(text[last:]))
    return Markup("").join(parts)


def register(app) -> None:
    app.jinja_env.filters["mentions"] = highlight_mentions
