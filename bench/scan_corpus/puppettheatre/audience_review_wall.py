"""Shows audience reviews on the production pages of the theatre website."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flask import Flask, abort, render_template_string, request
from markupsafe import Markup, escape

app = Flask(__name__)

PAGE = """
<h1>{{ production }}</h1>
<section class="reviews">
{% for review in reviews %}
  <article>
    <h3>{{ review.author }} &middot; {{ review.stars }} stars</h3>
    {{ review.body_html }}
  </article>
{% endfor %}
</section>
"""


@dataclass
class AudienceReview:
    production: str
    author: str
    stars: int
    text: str
    posted: date

    @property
    def body_html(self) -> Markup:
        paragraphs = [p.strip() for p in self.text.split("\n\n") if p.strip()]
        return Markup("".join(f"<p>{p}</p>" for p in paragraphs))


class ReviewWall:
    def __init__(self) -> None:
        self._reviews: list[AudienceReview] = []

    def add(self, review: AudienceReview) -> None:
        if not 1 <= review.stars <= 5:
            raise ValueError("Stars must be between 1 and 5")
        self._reviews.append(review)

    def for_production(self, production: str) -> list[AudienceReview]:
        return [r for r in self._reviews if r.production == production]


wall = ReviewWall()


@app.post("/productions/<production>/reviews")
def post_review(production: str):
    wall.add(
        AudienceReview(
            production=production,
            author=str(escape(request.form.get("author", "Anonymous")))[:60],
            stars=int(request.form.get("stars", "5")),
            text=request.form.get("text", "")[:4000],
            posted=date.today(),
        )
    )
    return {"status": "thanks"}, 201


@app.get("/productions/<production>/reviews")
def show_reviews(production: str):
    reviews = wall.for_production(production)
    if not reviews:
        abort(404)
    return render_template_string(PAGE, production=production, reviews=reviews)
