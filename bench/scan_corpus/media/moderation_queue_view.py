"""Moderator queue page: shows flagged comments with the flagged terms highlighted."""
import re

from flask import Blueprint, render_template
from flask_login import login_required
from markupsafe import Markup, escape

from .moderation import flagged_comments

bp = Blueprint("moderation_queue", __name__, url_prefix="/moderation")


def highlight_terms(body: str, terms: list[str]) -> Markup:
    """Escape the comment, then wrap flagged terms in <mark>."""
    escaped = str(escape(body))
    for term in sorted(set(terms), key=len, reverse=True):
        pattern = re.compile(re.escape(str(escape(term))), re.IGNORECASE)
        escaped = pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", escaped)
    return Markup(escaped.replace("\n", "<br>"))


def paragraphs(body: str) -> Markup:
    return Markup("<br>").join(escape(line) for line in body.splitlines())


@bp.get("/queue")
@login_required
def queue():
    items = [
        {
            "id": c.id,
            "author": c.author_name,
            "body_html": highlight_terms(c.body, c.flagged_terms),
            "context_html": paragraphs(c.parent_excerpt or ""),
            "score": c.toxicity_score,
        }
        for c in flagged_comments(limit=100)
    ]
    return render_template("moderation/queue.html", items=items)
