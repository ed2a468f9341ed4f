"""The review wall shown on the big screen by the farm shop entrance.

Visitors leave a short review and a photo caption from the QR code on
their ticket; approved reviews rotate on the screen and on the website.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from flask import Flask, redirect, render_template_string, request, url_for
from markupsafe import Markup

app = Flask(__name__)
DB_PATH = "/srv/pumpkinpatch/reviews.sqlite3"

WALL_TEMPLATE = """
<!doctype html>
<title>Hollow Lane reviews</title>
<ul class="wall">
{% for r in reviews %}
  <li><strong>{{ r.author }}</strong> {{ "\u2605" * r.stars }}
      <p>{{ r.body_html }}</p><small>{{ r.created.strftime("%d %b") }}</small></li>
{% endfor %}
</ul>
"""


@dataclass
class Review:
    author: str
    stars: int
    body: str
    created: datetime

    @property
    def body_html(self) -> Markup:
        return Markup(self.body.replace("\n", "<br>"))


def approved_reviews(limit: int = 30) -> list[Review]:
    with sqlite3.connect(DB_PATH) as conn:
        rows = conn.execute(
            "SELECT author, stars, body, created FROM reviews"
            " WHERE approved = 1 ORDER BY created DESC LIMIT ?",
            (limit,),
        ).fetchall()
    return [Review(a, int(s), b, datetime.fromisoformat(c)) for a, s, b, c in rows]


@app.get("/wall")
def wall():
    return render_template_string(WALL_TEMPLATE, reviews=approved_reviews())


@app.post("/reviews")
def submit_review():
    author = request.form.get("author", "").strip()[:40] or "A visitor"
    body = request.form.get("body", "").strip()[:500]
    stars = max(1, min(5, int(request.form.get("stars", 5))))
    with sqlite3.connect(DB_PATH) as conn:
        conn.execute(
            "INSERT INTO reviews (author, stars, body, created, approved)"
            " VALUES (?, ?, ?, ?, 1)",
            (author, stars, body, datetime.now().isoformat()),
        )
    return redirect(url_for("wall"))
