"""Render resident-artist profile cards on the shop's 'Meet the makers' page."""
from flask import Blueprint, render_template
from markupsafe import Markup, escape

from potter.models import ArtistProfile

bp = Blueprint("makers", __name__, url_prefix="/makers")

BIO_PARAGRAPH = '<p class="maker-bio">{}</p>'


def bio_html(profile: ArtistProfile) -> Markup:
    paragraphs = [p.strip() for p in (profile.bio or "").split("\n\n") if p.strip()]
    return Markup("".join(BIO_PARAGRAPH.format(p) for p in paragraphs))


def maker_card(profile: ArtistProfile) -> dict:
    return {
        "name": escape(profile.display_name),
        "slug": profile.slug,
        "specialty": escape(profile.specialty or "Functional ware"),
        "bio": bio_html(profile),
        "portrait": profile.portrait_url,
        "piece_count": len(profile.published_pieces),
    }


@bp.get("/")
def makers_index():
    profiles = ArtistProfile.query.filter_by(is_public=True).order_by(ArtistProfile.joined_on).all()
    return render_template("makers/index.html", makers=[maker_card(p) for p in profiles])


@bp.get("/<slug>")
def maker_detail(slug: str):
    profile = ArtistProfile.query.filter_by(slug=slug, is_public=True).first_or_404()
    return render_template(
        "makers/detail.html",
        maker=maker_card(profile),
        pieces=profile.published_pieces,
    )
