"""Jinja filters for the clinician inbox: render patient message bodies with
clickable links and preserved line breaks."""
from __future__ import annotations

import re

from markupsafe import Markup, escape

# Runs on already-escaped text, so '"' and '<' can't appear in a match.
_URL_RE = re.compile(r"https?://[^\s<>&\"']+(?:&amp;[^\s<>&\"']+)*")


def _anchor(match: re.Match) -> str:
    url = match.group(0)
    return f'<a href="{url}" rel="noopener noreferrer nofollow" target="_blank">{url}</a>'


def message_html(body: str | None) -> Markup:
    escaped = str(escape(body or ""))
    linked = _URL_RE.sub(_anchor, escaped)
    return Markup(linked.replace("\n", "<br>\n"))


def sender_badge(name: str, role: str) -> Markup:
    css = {"clinician": "badge-blue", "patient": "badge-gray", "care_team": "badge-green"}.get(role, "badge-gray")
    return Markup('<span class="badge {}">{}</span>').format(css, name)


def register(env) -> None:
    env.filters["message_html"] = message_html
    env.filters["sender_badge"] = sender_badge
