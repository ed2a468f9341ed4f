"""Helpers for rendering reader comments on article pages."""
import re
from datetime import datetime, timezone

from flask import Flask, render_template
from markupsafe import Markup

from .moderation import approved_comments_for

app = Flask(__name__)

_BLANK_LINES = re.compile(r"\n{3,}")


def format_comment_body(body: str) -> Markup:
    """Turn plain-text comment into paragraphs for the template."""
    text = _BLANK_LINES.sub("\n\n", body.strip())
    paragraphs = ["<p>" + p.replace("\n", "<br>") + "</p>" for p in text.split("\n\n")]
    return Markup("".join(paragraphs))


@app.template_filter("relative_time")
def relative_time(value: datetime) -> str:
    minutes = int((datetime.now(timezone.utc) - value).total_seconds() // 60)
    if minutes < 60:
        return f"{minutes}m ago"
    if minutes < 60 * 24:
        return f"{minutes // 60}h ago"
    return value.strftime("%d %b %Y")


@app.get("/articles/<int:article_id>/comments")
def article_comments(article_id: int):
    comments = [
        {
            "author": c.author_name,
            "created_at": c.created_at,
            "body_html": format_comment_body(c.body),
        }
        for c in approved_comments_for(article_id)
    ]
    return render_template("comments/list.html", comments=comments, article_id=article_id)
