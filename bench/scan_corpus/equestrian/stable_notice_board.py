"""Yard notice board where livery clients post messages for each other.

Posts are shown on the portal and on the screen in the tack room; line breaks
typed by clients are kept when the notice is rendered.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import List

from flask import Flask, redirect, render_template_string, request, url_for
from markupsafe import Markup

BOARD_TEMPLATE = """
<!doctype html>
<title>Yard notices</title>
<h1>Yard notices</h1>
{% for notice in notices %}
  <article>
    <h2>{{ notice.title }}</h2>
    <p class="meta">{{ notice.author }} &middot; {{ notice.posted_at.strftime('%d %b %H:%M') }}</p>
    <div class="body">{{ notice.body_html }}</div>
  </article>
{% endfor %}
"""


def format_body(text: str) -> Markup:
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    html = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in paragraphs)
    return Markup(html)


@dataclass
class Notice:
    title: str
    author: str
    body: str
    posted_at: datetime

    @property
    def body_html(self) -> Markup:
        return format_body(self.body)


app = Flask(__name__)
NOTICES: List[Notice] = []


@app.get("/notices")
def board():
    latest = sorted(NOTICES, key=lambda n: n.posted_at, reverse=True)[:30]
    return render_template_string(BOARD_TEMPLATE, notices=latest)


@app.post("/notices")
def post_notice():
    NOTICES.append(
        Notice(
            title=request.form["title"][:120],
            author=request.form["author"][:60],
            body=request.form["body"][:4000],
            posted_at=datetime.now(),
        )
    )
    return redirect(url_for("board"))
