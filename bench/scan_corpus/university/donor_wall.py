"""Campaign donor wall for the giving site."""
from flask import Blueprint, abort, render_template
from markupsafe import Markup

from .models import Campaign, Gift

bp = Blueprint("campaigns", __name__, url_prefix="/campaigns")

MAX_WALL_ENTRIES = 200


def _display_name(gift: Gift) -> str:
    if gift.anonymous:
        return "Anonymous"
    name = gift.donor.preferred_name or gift.donor.first_name
    if gift.donor.class_year:
        return f"{name} {gift.donor.last_name} '{gift.donor.class_year % 100:02d}"
    return f"{name} {gift.donor.last_name}"


def _tribute_html(gift: Gift):
    if not gift.tribute_message:
        return ""
    lines = gift.tribute_message.strip().splitlines()
    return Markup("<blockquote class=\"tribute\">" + "<br>".join(lines) + "</blockquote>")


@bp.route("/<slug>/wall")
def donor_wall(slug: str):
    campaign = Campaign.query.filter_by(slug=slug, published=True).first()
    if campaign is None:
        abort(404)
    gifts = (
        Gift.query.filter_by(campaign_id=campaign.id, show_on_wall=True)
        .order_by(Gift.received_at.desc())
        .limit(MAX_WALL_ENTRIES)
        .all()
    )
    entries = [
        {"name": _display_name(g), "tribute": _tribute_html(g), "level": g.recognition_level}
        for g in gifts
    ]
    return render_template("campaigns/wall.html", campaign=campaign, entries=entries)
