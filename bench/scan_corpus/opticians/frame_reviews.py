"""Customer reviews shown under frames on the product page.

Customers who bought a frame can leave a short review after trying it on
in store or through the virtual try-on. Reviews go through the profanity
filter and appear immediately.
"""
from flask import Blueprint, abort, render_template, request
from flask_login import current_user, login_required
from markupsafe import Markup

from shop.db import db
from shop.models import Frame, FrameReview
from shop.moderation import contains_profanity

bp = Blueprint("frame_reviews", __name__)

MAX_REVIEW_CHARS = 1200


def _format_review(text: str) -> Markup:
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    return Markup("".join(f"<p>{p}</p>" for p in paragraphs))


@bp.get("/frames/<sku>/reviews")
def list_reviews(sku: str):
    frame = Frame.query.filter_by(sku=sku).first_or_404()
    reviews = (FrameReview.query.filter_by(frame_id=frame.id)
               .order_by(FrameReview.created_at.desc()).limit(50).all())
    rendered = [
        {"author": r.display_name, "stars": r.stars, "body": _format_review(r.body)}
        for r in reviews
    ]
    return render_template("frames/reviews.html", frame=frame, reviews=rendered)


@bp.post("/frames/<sku>/reviews")
@login_required
def add_review(sku: str):
    frame = Frame.query.filter_by(sku=sku).first_or_404()
    body = request.form.get("body", "").strip()[:MAX_REVIEW_CHARS]
    stars = int(request.form.get("stars", "5"))
    if not body or not 1 <= stars <= 5 or contains_profanity(body):
        abort(400)
    db.session.add(FrameReview(
        frame_id=frame.id,
        customer_id=current_user.id,
        display_name=current_user.first_name,
        stars=stars,
        body=body,
    ))
    db.session.commit()
    return {"ok": True}, 201
