"""Public portfolio gallery for each artist.

The featured strip on an artist's page is shuffled per day so that every
piece gets some time at the top without the order jumping on each refresh.
"""
import random
from datetime import date

from django.shortcuts import get_object_or_404, render
from django.views.decorators.cache import cache_page

from portfolios.models import Artist, PortfolioPiece

FEATURED_COUNT = 6


def featured_pieces(artist: Artist, today: date | None = None) -> list[PortfolioPiece]:
    pieces = list(
        PortfolioPiece.objects.filter(artist=artist, published=True).order_by("id")
    )
    day = today or date.today()
    rng = random.Random(f"{artist.pk}:{day.isoformat()}")
    rng.shuffle(pieces)
    return pieces[:FEATURED_COUNT]


@cache_page(60 * 15)
def artist_gallery(request, slug: str):
    artist = get_object_or_404(Artist, slug=slug, active=True)
    all_pieces = (
        PortfolioPiece.objects.filter(artist=artist, published=True)
        .order_by("-created_at")
    )
    return render(
        request,
        "portfolios/gallery.html",
        {"artist": artist, "featured": featured_pieces(artist), "pieces": all_pieces},
    )
