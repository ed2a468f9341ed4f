"""HTML snippets for guest feedback on the restaurant pages of the guest app web view."""

from flask import Blueprint, abort, render_template
from markupsafe import Markup as _Html

from .models import Restaurant, DiningFeedback

bp = Blueprint("dining_feedback", __name__)

STARS = "\u2605"
_FEEDBACK_TEMPLATE = _Html(
    '<blockquote class="feedback"><span class="stars">{}</span><p>{}</p><cite>{}</cite></blockquote>'
)


def _feedback_html(item: DiningFeedback):
    return _FEEDBACK_TEMPLATE.format(STARS * item.rating, item.comment, item.display_name)


@bp.get("/restaurants/<int:restaurant_id>/feedback")
def restaurant_feedback(restaurant_id: int):
    restaurant = Restaurant.query.get(restaurant_id)
    if restaurant is None:
        abort(404)
    items = (
        DiningFeedback.query.filter_by(restaurant_id=restaurant_id, published=True)
        .order_by(DiningFeedback.created_at.desc())
        .limit(30)
        .all()
    )
    return render_template(
        "dining/feedback.html",
        restaurant=restaurant,
        feedback_blocks=[_feedback_html(i) for i in items],
    )
