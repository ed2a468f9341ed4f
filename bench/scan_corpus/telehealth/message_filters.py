"""Jinja filters used by the patient-messaging inbox templates."""
from __future__ import annotations

import re
from datetime import datetime, timezone

from markupsafe import Markup

_URL_RE = re.compile(r"(https?://[^\s<]+)")
_MAX_PREVIEW = 140


def linkify(text: str) -> Markup:
    """Turn bare URLs in a message body into clickable links and keep line breaks."""
    if not text:
        return Markup("")
    html = _URL_RE.sub(r'<a href="\1" rel="noopener noreferrer" target="_blank">\1</a>', text)
    return Markup(html.replace("\n", "<br>\n"))


def preview(text: str) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= _MAX_PREVIEW else text[: _MAX_PREVIEW - 1] + "\u2026"


def relative_time(ts: datetime, now: datetime | None = None) -> str:
    now = now or datetime.now(timezone.utc)
    seconds = int((now - ts).total_seconds())
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{seconds // 60} min ago"
    if seconds < 86400:
        return f"{seconds // 3600} h ago"
    return ts.strftime("%b %d")


def register(app) -> None:
    app.jinja_env.filters["linkify"] = linkify
    app.jinja_env.filters["preview"] = preview
    app.jinja_env.filters["relative_time"] = relative_time
