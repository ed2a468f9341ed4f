"""Celery tasks that tidy up cask sample lab reports.

When an owner deletes a sample request from the portal, the matching lab
report PDF is removed from the shared reports volume.
"""
import logging
import os

from celery import shared_task

from portal.settings import SAMPLE_REPORT_ROOT

log = logging.getLogger(__name__)


def _inside_reports_root(*parts: str) -> str:
    root = os.path.realpath(SAMPLE_REPORT_ROOT)
    candidate = os.path.realpath(os.path.join(root, *parts))
    if os.path.commonpath([root, candidate]) != root:
        raise ValueError(f"report path escapes reports root: {parts!r}")
    return candidate


@shared_task(bind=True, max_retries=3)
def delete_sample_report(self, cask_number: str, report_name: str) -> bool:
    try:
        path = _inside_reports_root(cask_number, report_name)
    except ValueError:
        log.error("Refusing to delete report %s for cask %s", report_name, cask_number)
        return False
    try:
        os.remove(path)
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise self.retry(exc=exc, countdown=30)
    log.info("Deleted sample report %s for cask %s", report_name, cask_number)
    return True


@shared_task
def purge_empty_cask_folders() -> int:
    root = os.path.realpath(SAMPLE_REPORT_ROOT)
    removed = 0
    for entry in os.scandir(root):
        if entry.is_dir() and not any(os.scandir(entry.path)):
            os.rmdir(entry.path)
            removed += 1
    return removed
