"""Removal of photos uploaded with swarm reports once a callout is closed."""
import logging
import os

from celery import shared_task

from skepmaker.config import settings
from skepmaker.swarms.models import SwarmCallout

log = logging.getLogger(__name__)
PHOTO_ROOT = os.path.realpath(settings.SWARM_PHOTO_ROOT)


def contained_path(relative_name: str) -> str | None:
    full = os.path.realpath(os.path.join(PHOTO_ROOT, relative_name))
    if os.path.commonpath([PHOTO_ROOT, full]) != PHOTO_ROOT:
        return None
    return full


def remove_photo(relative_name: str) -> bool:
    path = contained_path(relative_name)
    if path is None:
        log.warning("refusing to remove photo outside root: %r", relative_name)
        return False
    if os.path.isfile(path):
        os.remove(path)
        return True
    return False


@shared_task(name="swarms.purge_photos")
def purge_closed_callout_photos(callout_id: int) -> int:
    callout = SwarmCallout.objects.get(pk=callout_id)
    if callout.status != "closed":
        return 0
    removed = 0
    for name in callout.photo_names:
        if remove_photo(name):
            removed += 1
    callout.photo_names = []
    callout.save(update_fields=["photo_names"])
    return removed
