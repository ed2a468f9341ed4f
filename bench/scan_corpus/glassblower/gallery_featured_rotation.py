"""Chooses which gallery pieces are featured on the shop homepage each day."""

import random
from datetime import date

from django.core.cache import cache
from django.db.models import QuerySet

from gallery.models import Piece

FEATURED_COUNT = 8
CACHE_SECONDS = 60 * 60


def _eligible_pieces() -> QuerySet:
    return (
        Piece.objects.filter(is_listed=True, sold_at__isnull=True)
        .select_related("artist")
        .only("id", "title", "price", "artist__name", "hero_image")
    )


def _daily_rng(day: date) -> random.Random:
    return random.Random(day.toordinal())


def featured_piece_ids(day: date | None = None) -> list[int]:
    day = day or date.today()
    cache_key = f"gallery:featured:{day.isoformat()}"
    cached = cache.get(cache_key)
    if cached is not None:
        return cached
    ids = list(_eligible_pieces().values_list("id", flat=True))
    rng = _daily_rng(day)
    chosen = rng.sample(ids, k=min(FEATURED_COUNT, len(ids)))
    cache.set(cache_key, chosen, CACHE_SECONDS)
    return chosen


def featured_pieces(day: date | None = None) -> list[Piece]:
    ids = featured_piece_ids(day)
    by_id = {piece.id: piece for piece in _eligible_pieces().filter(id__in=ids)}
    pieces = [by_id[i] for i in ids if i in by_id]
    random.shuffle(pieces)
    return pieces
