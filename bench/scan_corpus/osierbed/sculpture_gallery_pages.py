"""Public gallery of finished living-willow sculptures.

Each finished commission gets a gallery page with photos, the structure
type and, if the client agreed, their dedication message (many domes and
arbours are planted in memory of someone or for a school anniversary).
"""

from dataclasses import dataclass

from flask import Blueprint, abort, render_template
from markupsafe import Markup
from sqlalchemy import select

from osierbed.db import db_session
from osierbed.models import Commission, GalleryPhoto

bp = Blueprint("gallery", __name__, url_prefix="/gallery")


@dataclass
class GalleryEntry:
    slug: str
    title: str
    structure_type: str
    planted_year: int
    dedication: Markup
    photos: list[str]


def _format_dedication(text: str | None) -> Markup:
    if not text:
        return Markup("")
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    return Markup("".join(f"<p>{p}</p>" for p in paragraphs))


def load_entry(slug: str) -> GalleryEntry | None:
    commission = db_session.scalar(
        select(Commission).where(
            Commission.gallery_slug == slug, Commission.gallery_public.is_(True)
        )
    )
    if commission is None:
        return None
    photos = db_session.scalars(
        select(GalleryPhoto.url)
        .where(GalleryPhoto.commission_id == commission.id)
        .order_by(GalleryPhoto.position)
    ).all()
    return GalleryEntry(
        slug=commission.gallery_slug,
        title=commission.gallery_title,
        structure_type=commission.structure_type,
        planted_year=commission.planting_date.year,
        dedication=_format_dedication(commission.client_dedication),
        photos=list(photos),
    )


@bp.get("/<slug>")
def gallery_page(slug: str):
    entry = load_entry(slug)
    if entry is None:
        abort(404)
    return render_template("gallery/entry.html", entry=entry)
