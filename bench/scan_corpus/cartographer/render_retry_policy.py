"""Retry and back-off policy for the tile rendering workers."""
import logging
import random
from dataclasses import dataclass

from celery import shared_task

from cartographer.render import MapnikRenderer, RenderTimeout, StorageBusy

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackoffPolicy:
    base_seconds: float = 2.0
    cap_seconds: float = 120.0
    max_attempts: int = 6

    def delay_for(self, attempt: int) -> float:
        ceiling = min(self.cap_seconds, self.base_seconds * (2 ** attempt))
        return random.uniform(0, ceiling)


POLICY = BackoffPolicy()


@shared_task(bind=True, max_retries=POLICY.max_attempts, acks_late=True)
def render_metatile(self, style: str, z: int, x: int, y: int):
    renderer = MapnikRenderer(style)
    try:
        written = renderer.render_metatile(z, x, y)
    except (RenderTimeout, StorageBusy) as exc:
        countdown = POLICY.delay_for(self.request.retries)
        log.info("metatile %s/%d/%d/%d failed (%s); retrying in %.1fs",
                 style, z, x, y, exc.__class__.__name__, countdown)
        raise self.retry(exc=exc, countdown=countdown)
    log.debug("rendered %d tiles for %s/%d/%d/%d", written, style, z, x, y)
    return written


def spread_seed_jobs(style: str, tiles):
    batch = list(tiles)
    random.shuffle(batch)
    for z, x, y in batch:
        render_metatile.delay(style, z, x, y)
    return len(batch)
