"""Chooses which finished pieces appear on the shop front page.

The front page shows a handful of combs, cups and knife handles; we rotate
them daily so that slow-selling stock gets seen.
"""
import random
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from hornworker.models import Product
from hornworker.settings import STOREFRONT

CATEGORIES = ("combs", "cups", "knife-handles", "spoons")


def candidates(session: Session, category: str) -> list[Product]:
    return list(
        session.scalars(
            select(Product).where(
                Product.category == category,
                Product.in_stock.is_(True),
                Product.hidden.is_(False),
            )
        )
    )


def pick_featured(session: Session, today: date | None = None) -> list[Product]:
    today = today or date.today()
    rng = random.Random(today.toordinal())
    per_category = STOREFRONT["featured_per_category"]
    featured: list[Product] = []
    for category in CATEGORIES:
        pool = candidates(session, category)
        featured.extend(rng.sample(pool, min(per_category, len(pool))))
    rng.shuffle(featured)
    return featured


def featured_payload(session: Session) -> list[dict]:
    return [
        {
            "sku": p.sku,
            "title": p.title,
            "material": p.material,
            "price": str(p.price),
            "image": p.primary_image_url,
        }
        for p in pick_featured(session)
    ]
