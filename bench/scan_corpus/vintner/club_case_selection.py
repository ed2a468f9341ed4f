"""Assembles the monthly 'discovery' mixed case for wine club members.

Each member gets a varied selection from the wines currently in stock for their
tier, avoiding anything they received in the last few shipments.
"""

import random
from collections import defaultdict
from typing import Iterable, List

from vintner.club.models import ClubMember, StockWine

CASE_SIZE = 6
MAX_PER_REGION = 2


def _eligible_wines(member: ClubMember, stock: Iterable[StockWine]) -> List[StockWine]:
    recent = set(member.recent_wine_ids(months=4))
    return [
        wine for wine in stock
        if wine.tier_allowed(member.tier) and wine.id not in recent and wine.bottles_available >= 1
    ]


def build_discovery_case(member: ClubMember, stock: Iterable[StockWine]) -> List[StockWine]:
    candidates = _eligible_wines(member, stock)
    random.shuffle(candidates)
    per_region = defaultdict(int)
    selection: List[StockWine] = []
    for wine in candidates:
        if per_region[wine.region] >= MAX_PER_REGION:
            continue
        selection.append(wine)
        per_region[wine.region] += 1
        if len(selection) == CASE_SIZE:
            break
    if len(selection) < CASE_SIZE:
        fillers = [w for w in candidates if w not in selection]
        selection.extend(random.sample(fillers, min(len(fillers), CASE_SIZE - len(selection))))
    return selection
