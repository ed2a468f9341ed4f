"""Landlord-facing preview of a listing before it is published to syndication partners."""
from flask import Blueprint, abort, render_template
from flask_login import current_user, login_required
from markupsafe import Markup

from .models import Listing

bp = Blueprint("listing_preview", __name__, url_prefix="/listings")


def _description_html(listing: Listing) -> Markup:
    # Owners format descriptions with the rich-text editor; keep their markup
    return Markup(listing.description or "")


@bp.get("/<int:listing_id>/preview")
@login_required
def preview(listing_id: int):
    listing = Listing.query.get_or_404(listing_id)
    if listing.owner_id != current_user.id and not current_user.is_staff:
        abort(403)
    return render_template(
        "listings/preview.html",
        listing=listing,
        description=_description_html(listing),
        photos=listing.photos.order_by("position").all(),
    )
