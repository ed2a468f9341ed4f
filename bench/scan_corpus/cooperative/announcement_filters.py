"""Jinja filters for building announcements posted by the management office
and comments added by residents."""
import re

from flask import Blueprint
from markupsafe import Markup, escape

bp = Blueprint("announcement_filters", __name__)

_URL_RE = re.compile(r"https://[^\s<>\"']+")


@bp.app_template_filter("paragraphs")
def paragraphs(text: str | None) -> Markup:
    """Render plain text (resident comments) as <p> blocks, keeping line breaks."""
    if not text:
        return Markup("")
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    out = Markup("")
    for block in blocks:
        lines = [escape(line) for line in block.split("\n")]
        out += Markup("<p>{}</p>").format(Markup("<br>").join(lines))
    return out


@bp.app_template_filter("linkify")
def linkify(text: str) -> Markup:
    """Turn https links into anchors; everything else is escaped."""
    parts = []
    last = 0
    for match in _URL_RE.finditer(text):
        parts.append(escape(text[last:match.start()]))
        url = match.group(0)
        parts.append(Markup('<a href="{0}" rel="noopener nofollow">{0}</a>').format(url))
        last = match.end()
    parts.append(escape(text[last:]))
    return Markup("").join(parts)


@bp.app_template_filter("author_tag")
def author_tag(name: str, is_staff: bool) -> Markup:
    css = "author staff" if is_staff else "author"
    return Markup('<span class="{}">{}</span>').format(css, name)
