"""Homepage discovery rails: staff picks, trending and a shuffled "surprise me" rail."""

import random
from datetime import timedelta

from django.core.cache import cache
from django.db.models import Count, Q
from django.utils import timezone

from campaigns.models import Campaign

RAIL_SIZE = 12


def staff_picks() -> list[Campaign]:
    return list(Campaign.objects.live().filter(staff_pick=True).order_by("-picked_at")[:RAIL_SIZE])


def trending(window_hours: int = 48) -> list[Campaign]:
    since = timezone.now() - timedelta(hours=window_hours)
    return list(
        Campaign.objects.live()
        .annotate(recent=Count("pledges", filter=Q(pledges__created_at__gte=since)))
        .order_by("-recent")[:RAIL_SIZE]
    )


def surprise_me(category_id: int | None = None) -> list[int]:
    """Random sample of live campaigns so smaller projects get some exposure."""
    cache_key = f"discovery:surprise:{category_id or 'all'}"
    ids = cache.get(cache_key)
    if ids is None:
        qs = Campaign.objects.live()
        if category_id is not None:
            qs = qs.filter(category_id=category_id)
        pool = list(qs.values_list("id", flat=True)[:2000])
        ids = random.sample(pool, k=min(RAIL_SIZE, len(pool)))
        random.shuffle(ids)
        cache.set(cache_key, ids, timeout=300)
    return ids
