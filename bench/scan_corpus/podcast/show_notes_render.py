"""Turns creator-written plain-text show notes into HTML for the episode page."""
import re

from markupsafe import Markup, escape

TOKEN_RE = re.compile(
    r"(?P<url>https?://[^\s<>\"']+)|(?P<ts>\b\d{1,2}:\d{2}(?::\d{2})?\b)"
)

LINK = Markup('<a href="{0}" rel="nofollow noopener" target="_blank">{0}</a>')
SEEK = Markup('<a class="seek" data-t="{0}">{1}</a>')
BR = Markup("<br>\n")


def _seconds(stamp: str) -> int:
    total = 0
    for part in stamp.split(":"):
        total = total * 60 + int(part)
    return total


def render_line(line: str) -> Markup:
    pieces: list[Markup] = []
    pos = 0
    for match in TOKEN_RE.finditer(line):
        pieces.append(escape(line[pos:match.start()]))
        if match.group("url"):
            pieces.append(LINK.format(match.group("url")))
        else:
            stamp = match.group("ts")
            pieces.append(SEEK.format(_seconds(stamp), stamp))
        pos = match.end()
    pieces.append(escape(line[pos:]))
    return Markup("").join(pieces)


def render_show_notes(text: str) -> Markup:
    """Escape everything, then add links for URLs and seek links for timestamps."""
    return BR.join(render_line(line) for line in text.splitlines())
