"""Pick the featured listings shown in the homepage carousel.

Each branch pays for a number of featured slots; we rotate through the
eligible listings so that every paid listing gets a fair share of views.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.core.cache import cache

from listings.models import Listing

CAROUSEL_SIZE = 6
CACHE_KEY = "homepage:featured:{channel}"
BASE_TTL = timedelta(minutes=10)


@dataclass
class FeaturedCard:
    listing_id: int
    headline: str
    price_label: str
    image_url: str


def _eligible(channel: str) -> list[Listing]:
    return list(
        Listing.objects.filter(channel=channel, is_live=True, featured_until__gte=datetime.utcnow())
        .select_related("branch")
        .only("id", "headline", "price", "main_image", "branch__name")
    )


def _to_card(listing: Listing) -> FeaturedCard:
    return FeaturedCard(
        listing_id=listing.id,
        headline=listing.headline,
        price_label=listing.price_label(),
        image_url=listing.main_image.url,
    )


def featured_cards(channel: str = "sale") -> list[FeaturedCard]:
    key = CACHE_KEY.format(channel=channel)
    cards = cache.get(key)
    if cards is not None:
        return cards
    pool = _eligible(channel)
    chosen = random.sample(pool, k=min(CAROUSEL_SIZE, len(pool)))
    cards = [_to_card(listing) for listing in chosen]
    # Spread cache expiry so the branches' pages don't all rebuild at once.
    ttl = BASE_TTL.total_seconds() * random.uniform(0.8, 1.2)
    cache.set(key, cards, timeout=int(ttl))
    return cards
