"""Template helpers for showing patron reviews on bibliographic records."""
from markupsafe import Markup, escape

SNIPPET_LENGTH = 280


def review_snippet(review) -> Markup:
    body = review.body or ""
    truncated = len(body) > SNIPPET_LENGTH
    if truncated:
        body = body[:SNIPPET_LENGTH].rsplit(" ", 1)[0] + "\u2026"
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    html = Markup("").join(Markup("<p>{}</p>").format(p) for p in paragraphs)
    if truncated:
        html += Markup('<a class="more" href="#review-{}">Read more</a>').format(review.id)
    return html


def reviewer_badge(review) -> Markup:
    name = review.display_name or "Anonymous reader"
    stars = "\u2605" * int(review.rating) + "\u2606" * (5 - int(review.rating))
    return Markup('<span class="reviewer">{}</span> <span class="stars" aria-label="{} of 5">{}</span>').format(
        name, int(review.rating), stars
    )


def register(app) -> None:
    app.jinja_env.filters["review_snippet"] = review_snippet
    app.jinja_env.filters["reviewer_badge"] = reviewer_badge
    app.jinja_env.globals["escape"] = escape
