"""Rendering helpers for the comment moderation queue.

Moderators see each flagged comment with @mentions and timestamps
(e.g. ``4:32``) turned into links back to the video.
"""
from __future__ import annotations

import re

from flask import Blueprint, render_template
from markupsafe import Markup

from .queue import flagged_comments

bp = Blueprint("mod_queue", __name__, url_prefix="/moderation")

MENTION_RE = re.compile(r"@([A-Za-z0-9_]{2,30})")
TIMESTAMP_RE = re.compile(r"\b(\d{1,2}):([0-5]\d)\b")


def _linkify(body: str, video_id: str) -> str:
    body = MENTION_RE.sub(r'<a class="mention" href="/c/\1">@\1</a>', body)

    def _ts(m: re.Match) -> str:
        seconds = int(m.group(1)) * 60 + int(m.group(2))
        return f'<a class="ts" href="/watch/{video_id}?t={seconds}">{m.group(0)}</a>'

    return TIMESTAMP_RE.sub(_ts, body)


def render_comment(comment: dict) -> Markup:
    html = _linkify(comment["body"], comment["video_id"])
    return Markup(html.replace("\n", "<br>"))


@bp.get("/queue")
def queue():
    items = [
        {**c, "rendered": render_comment(c)}
        for c in flagged_comments(limit=100)
    ]
    return render_template("moderation/queue.html", items=items)
