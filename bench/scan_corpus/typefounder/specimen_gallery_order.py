"""Choose and order the featured typefaces shown on the specimen gallery page."""

import random
from datetime import date

from django.core.cache import cache
from django.shortcuts import render

from catalog.models import Family

FEATURED_COUNT = 12
CACHE_KEY = "gallery:featured:{day}"


def _candidates() -> list[int]:
    return list(
        Family.objects.filter(published=True, has_specimen=True).values_list("pk", flat=True)
    )


def featured_family_ids(day: date) -> list[int]:
    key = CACHE_KEY.format(day=day.isoformat())
    cached = cache.get(key)
    if cached is not None:
        return cached
    pool = _candidates()
    picker = random.Random(day.toordinal())
    chosen = picker.sample(pool, k=min(FEATURED_COUNT, len(pool)))
    cache.set(key, chosen, timeout=60 * 60 * 24)
    return chosen


def gallery(request):
    ids = featured_family_ids(date.today())
    families = Family.objects.in_bulk(ids)
    ordered = [families[pk] for pk in ids if pk in families]
    return render(
        request,
        "catalog/gallery.html",
        {"families": ordered, "sample_text": request.GET.get("text", "Handgloves")},
    )
