"""Jinja filters for the public episode pages (show notes, chapters, credits)."""
import re

from flask import Flask
from markupsafe import Markup, escape

URL_RE = re.compile(r"(https?://[^\s<]+)")
TIMESTAMP_RE = re.compile(r"\b(\d{1,2}:\d{2}(?::\d{2})?)\b")


def _to_seconds(stamp: str) -> int:
    total = 0
    for part in stamp.split(":"):
        total = total * 60 + int(part)
    return total


def register_filters(app: Flask) -> None:
    @app.template_filter("duration")
    def duration(seconds: int) -> str:
        h, rem = divmod(int(seconds), 3600)
        m, s = divmod(rem, 60)
        return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"

    @app.template_filter("chapter_title")
    def chapter_title(title: str) -> str:
        return escape(title.strip())

    @app.template_filter("show_notes")
    def show_notes(text: str) -> Markup:
        """Creator-written notes: linkify URLs, make timestamps seekable, keep line breaks."""
        text = URL_RE.sub(r'<a href="\1" rel="nofollow noopener" target="_blank">\1</a>', text)
        text = TIMESTAMP_RE.sub(lambda m: f'<a class="seek" data-t="{_to_seconds(m.group(1))}">{m.group(1)}</a>', text)
        return Markup(text.replace("\n", "<br>\n"))
