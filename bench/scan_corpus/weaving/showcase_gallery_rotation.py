"""Picks which finished pieces are featured on the shop's front page each hour."""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass

import redis

log = logging.getLogger("showcase")

FEATURED_KEY = "shop:featured"
FEATURED_COUNT = 6
REFRESH_SECONDS = 3600


@dataclass
class Piece:
    slug: str
    title: str
    weaver: str
    in_stock: bool


def choose_featured(pieces: list[Piece], count: int = FEATURED_COUNT) -> list[Piece]:
    """Selects a varied handful of in-stock pieces, at most two per weaver."""
    available = [p for p in pieces if p.in_stock]
    shuffled = random.sample(available, k=len(available))
    chosen: list[Piece] = []
    per_weaver: dict[str, int] = {}
    for piece in shuffled:
        if per_weaver.get(piece.weaver, 0) >= 2:
            continue
        chosen.append(piece)
        per_weaver[piece.weaver] = per_weaver.get(piece.weaver, 0) + 1
        if len(chosen) == count:
            break
    return chosen


def publish(client: redis.Redis, pieces: list[Piece]) -> None:
    featured = choose_featured(pieces)
    pipe = client.pipeline()
    pipe.delete(FEATURED_KEY)
    if featured:
        pipe.rpush(FEATURED_KEY, *[p.slug for p in featured])
    pipe.expire(FEATURED_KEY, REFRESH_SECONDS * 2)
    pipe.execute()
    log.info("featured %d pieces", len(featured))


def run_forever(client: redis.Redis, load_pieces) -> None:
    while True:
        try:
            publish(client, load_pieces())
        except redis.RedisError:
            log.exception("could not publish featured pieces")
        time.sleep(REFRESH_SECONDS + random.uniform(-120, 120))
