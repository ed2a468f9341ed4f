"""Featured installers on the public installer directory.

The directory page shows a handful of certified installers near the
visitor's postcode. To keep exposure fair the featured slots rotate rather
than always showing the same top of the list.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

from sqlalchemy import select

from tilemaker.db import Session
from tilemaker.geo import nearby_districts, outward_code
from tilemaker.models import Installer

FEATURED_SLOTS = 4


@dataclass
class DirectoryCard:
    installer_id: int
    business_name: str
    town: str
    certified_since: int


def _candidates(session: Session, postcode: str) -> list[Installer]:
    districts = nearby_districts(outward_code(postcode), radius_km=40)
    stmt = (
        select(Installer)
        .where(Installer.district.in_(districts))
        .where(Installer.is_certified.is_(True))
        .where(Installer.listing_active.is_(True))
    )
    return list(session.scalars(stmt))


def featured_installers(session: Session, postcode: str, rng: random.Random | None = None) -> list[DirectoryCard]:
    rng = rng or random.Random()
    pool = _candidates(session, postcode)
    picks = rng.sample(pool, k=min(FEATURED_SLOTS, len(pool)))
    return [
        DirectoryCard(
            installer_id=i.id,
            business_name=i.business_name,
            town=i.town,
            certified_since=i.certified_since.year,
        )
        for i in picks
    ]


def shuffled_remainder(session: Session, postcode: str, exclude: set[int]) -> list[Installer]:
    rest = [i for i in _candidates(session, postcode) if i.id not in exclude]
    random.shuffle(rest)
    return rest
