"""Homepage carousel of featured patterns from the guild library.

Each page load shows a handful of recently approved patterns in a varied
order so that designers get roughly equal exposure on the front page.
"""
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from django.core.cache import cache
from django.db.models import Q

from quilter.library.models import Pattern

CAROUSEL_SIZE = 6
POOL_CACHE_KEY = "library:carousel:pool"
POOL_CACHE_SECONDS = 900


@dataclass
class CarouselSlide:
    pattern_id: int
    title: str
    designer: str
    cover_url: str


def _candidate_pool() -> list[CarouselSlide]:
    pool = cache.get(POOL_CACHE_KEY)
    if pool is not None:
        return pool
    since = datetime.now(timezone.utc) - timedelta(days=60)
    rows = (
        Pattern.objects.filter(Q(approved_at__gte=since) | Q(is_staff_pick=True))
        .filter(is_published=True)
        .select_related("designer")
        .order_by("-approved_at")[:60]
    )
    pool = [
        CarouselSlide(p.id, p.title, p.designer.display_name, p.cover_image.url)
        for p in rows
    ]
    cache.set(POOL_CACHE_KEY, pool, POOL_CACHE_SECONDS)
    return pool


def pick_slides(size: int = CAROUSEL_SIZE) -> list[CarouselSlide]:
    pool = _candidate_pool()
    if len(pool) <= size:
        return list(pool)
    return random.sample(pool, size)


def carousel_context(request) -> dict:
    slides = pick_slides()
    return {
        "carousel_slides": slides,
        "carousel_autoplay_ms": 6000 if not request.user.is_staff else 0,
    }
