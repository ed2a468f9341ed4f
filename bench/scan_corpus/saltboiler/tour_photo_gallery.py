"""Photo gallery for visitor tours.

Guides upload photos from the boiling house and saltmarsh walks; visitors
receive a gallery link after their tour and can download full-size images.
"""
import os

from flask import Blueprint, abort, current_app, render_template, send_from_directory

from saltboiler.tours.models import TourGallery

bp = Blueprint("tour_gallery", __name__, url_prefix="/gallery")

IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png")


def gallery_dir(gallery: TourGallery) -> str:
    return os.path.join(current_app.config["TOUR_PHOTO_ROOT"], str(gallery.id))


def _gallery_or_404(slug: str) -> TourGallery:
    gallery = TourGallery.query.filter_by(slug=slug, published=True).first()
    if gallery is None:
        abort(404)
    return gallery


@bp.get("/<slug>")
def show_gallery(slug: str):
    gallery = _gallery_or_404(slug)
    folder = gallery_dir(gallery)
    photos = sorted(f for f in os.listdir(folder) if f.lower().endswith(IMAGE_EXTENSIONS))
    return render_template("tours/gallery.html", gallery=gallery, photos=photos)


@bp.get("/<slug>/photos/<path:filename>")
def download_photo(slug: str, filename: str):
    gallery = _gallery_or_404(slug)
    if not filename.lower().endswith(IMAGE_EXTENSIONS):
        abort(404)
    return send_from_directory(gallery_dir(gallery), filename, as_attachment=True)
