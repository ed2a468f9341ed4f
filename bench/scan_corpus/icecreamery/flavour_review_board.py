"""Renders the customer flavour review wall shown in parlours and on the website."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from jinja2 import Environment, DictLoader, select_autoescape
from markupsafe import Markup, escape

TEMPLATES = {
    "wall.html": """
<section class="reviews">
{% for r in reviews %}
  <article class="review">
    <h3>{{ r.flavour }} &middot; {{ r.stars }}/5</h3>
    <div class="body">{{ r.body }}</div>
    <footer>{{ r.author }} &ndash; {{ r.posted_at.strftime('%d %b %Y') }}</footer>
  </article>
{% endfor %}
</section>
""",
}


@dataclass
class Review:
    flavour: str
    stars: int
    author: str
    body: str
    posted_at: datetime


def format_body(text: str) -> Markup:
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    return Markup("".join(f"<p>{p}</p>" for p in paragraphs))


class ReviewWall:
    def __init__(self) -> None:
        self.env = Environment(loader=DictLoader(TEMPLATES), autoescape=select_autoescape(["html"]))

    def _view(self, review: Review) -> dict[str, object]:
        return {
            "flavour": review.flavour,
            "stars": max(1, min(5, review.stars)),
            "author": escape(review.author),
            "body": format_body(review.body),
            "posted_at": review.posted_at,
        }

    def render(self, reviews: list[Review]) -> str:
        approved = [r for r in reviews if r.stars >= 1]
        return self.env.get_template("wall.html").render(reviews=[self._view(r) for r in approved])
