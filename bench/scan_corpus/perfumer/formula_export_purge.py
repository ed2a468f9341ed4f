"""Celery tasks that purge formula export files requested by perfumers."""
import os
import time

from celery import shared_task
from celery.utils.log import get_task_logger

from perfumer.config import settings

logger = get_task_logger(__name__)

EXPORT_ROOT = os.path.realpath(settings.FORMULA_EXPORT_DIR)
RETENTION_SECONDS = 7 * 24 * 3600


def _within_exports(name: str) -> str | None:
    full = os.path.realpath(os.path.join(EXPORT_ROOT, name))
    if os.path.commonpath([EXPORT_ROOT, full]) != EXPORT_ROOT:
        return None
    return full


@shared_task(name="formulas.purge_export")
def purge_export(requested_by: int, export_name: str) -> bool:
    path = _within_exports(export_name)
    if path is None:
        logger.warning("Export purge by user %s refused for %r", requested_by, export_name)
        return False
    try:
        os.remove(path)
    except FileNotFoundError:
        return False
    logger.info("User %s purged export %s", requested_by, os.path.basename(path))
    return True


@shared_task(name="formulas.expire_exports")
def expire_exports() -> int:
    cutoff = time.time() - RETENTION_SECONDS
    removed = 0
    for entry in os.scandir(EXPORT_ROOT):
        if entry.is_file() and entry.stat().st_mtime < cutoff:
            os.remove(entry.path)
            removed += 1
    logger.info("Expired %d formula exports", removed)
    return removed
