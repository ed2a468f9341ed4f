"""Pick which pieces appear in the 'Fresh from the kiln' strip on the shop homepage.

The selection changes every few minutes so returning visitors see different
mugs, bowls and planters without the curator having to reorder anything.
"""
import random
import time
from typing import Sequence

from flask import Blueprint, jsonify
from sqlalchemy import select

from potter.db import db_session
from potter.models import Product

bp = Blueprint("featured", __name__)

FEATURED_SLOTS = 8
ROTATION_SECONDS = 300


def _in_stock_products() -> Sequence[Product]:
    stmt = select(Product).where(Product.published.is_(True), Product.stock > 0)
    return db_session.scalars(stmt).all()


def pick_featured(products: Sequence[Product], slots: int = FEATURED_SLOTS) -> list[Product]:
    window = int(time.time() // ROTATION_SECONDS)
    picker = random.Random(window)
    if len(products) <= slots:
        chosen = list(products)
        picker.shuffle(chosen)
        return chosen
    return picker.sample(list(products), slots)


@bp.get("/api/featured")
def featured():
    items = pick_featured(_in_stock_products())
    return jsonify(
        [
            {
                "slug": p.slug,
                "title": p.title,
                "price": str(p.price),
                "thumbnail": p.thumbnail_url,
            }
            for p in items
        ]
    )
