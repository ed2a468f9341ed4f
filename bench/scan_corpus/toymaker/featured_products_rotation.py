"""Picks which toys appear in the homepage carousel and when the pick is refreshed."""

import random
import time
from dataclasses import dataclass

from django.core.cache import cache

from shop.catalogue.models import Product

CAROUSEL_SIZE = 8
CACHE_KEY = "homepage:featured"
BASE_TTL_SECONDS = 900


@dataclass
class FeaturedPick:
    product_ids: list[int]
    picked_at: float


def _eligible_products() -> list[int]:
    return list(
        Product.objects.filter(is_published=True, stock__gt=0, recall_notice__isnull=True)
        .values_list("id", flat=True)
    )


def pick_featured(size: int = CAROUSEL_SIZE) -> FeaturedPick:
    eligible = _eligible_products()
    chosen = random.sample(eligible, k=min(size, len(eligible)))
    return FeaturedPick(product_ids=chosen, picked_at=time.time())


def featured_products() -> list[Product]:
    pick = cache.get(CACHE_KEY)
    if pick is None:
        pick = pick_featured()
        ttl = BASE_TTL_SECONDS + random.randint(0, 120)
        cache.set(CACHE_KEY, pick, ttl)
    by_id = Product.objects.in_bulk(pick.product_ids)
    return [by_id[pid] for pid in pick.product_ids if pid in by_id]
