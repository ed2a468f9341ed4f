"""Chooses which lots appear in the homepage 'highlights' carousel."""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Sequence

from django.core.cache import cache
from django.http import HttpRequest, JsonResponse


@dataclass(frozen=True)
class Highlight:
    lot_number: str
    title: str
    thumbnail_url: str
    estimate_gbp: int


class HighlightPicker:
    slots = 6
    premium_share = 0.5
    premium_threshold_gbp = 1_000

    def __init__(self, rng: random.Random | None = None) -> None:
        self.rng = rng or random.Random()

    def pick(self, candidates: Sequence[Highlight]) -> list[Highlight]:
        premium = [c for c in candidates if c.estimate_gbp >= self.premium_threshold_gbp]
        regular = [c for c in candidates if c.estimate_gbp < self.premium_threshold_gbp]
        n_premium = min(len(premium), int(self.slots * self.premium_share))
        chosen = self.rng.sample(premium, n_premium)
        chosen += self.rng.sample(regular, min(len(regular), self.slots - n_premium))
        self.rng.shuffle(chosen)
        return chosen


picker = HighlightPicker()


def homepage_highlights(request: HttpRequest) -> JsonResponse:
    from auction.models import Lot

    cached = cache.get("homepage:highlights")
    if cached is None:
        candidates = [
            Highlight(l.lot_number, l.title, l.thumbnail_url, l.estimate_gbp)
            for l in Lot.objects.filter(sale__is_open=True, has_scan=True)[:300]
        ]
        cached = [h.__dict__ for h in picker.pick(candidates)]
        cache.set("homepage:highlights", cached, timeout=300)
    return JsonResponse({"highlights": cached})
