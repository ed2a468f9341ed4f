"""Restore a club's archived season (documents + photos) from an uploaded tarball."""
import logging
import os
import tarfile
import tempfile
from pathlib import Path

from celery import Celery

logger = logging.getLogger(__name__)
celery_app = Celery("archives", broker=os.environ["CELERY_BROKER_URL"])

RESTORE_ROOT = Path(os.environ.get("SEASON_RESTORE_ROOT", "/srv/club/restored"))
MAX_MEMBERS = 5000
MAX_TOTAL_BYTES = 2 * 1024**3


@celery_app.task
def restore_season(archive_path: str, club_code: str, season: str) -> int:
    if not (club_code.isalnum() and season.replace("-", "").isdigit()):
        raise ValueError("invalid club code or season")
    target = RESTORE_ROOT / club_code / season
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive_path, mode="r:gz") as tar:
        members = tar.getmembers()
        if len(members) > MAX_MEMBERS or sum(m.size for m in members) > MAX_TOTAL_BYTES:
            raise ValueError("archive too large")
        with tempfile.TemporaryDirectory(dir=RESTORE_ROOT) as staging:
            tar.extractall(path=staging, members=members, filter="data")
            for item in Path(staging).iterdir():
                item.replace(target / item.name)
    logger.info("Restored %d entries for %s %s", len(members), club_code, season)
    return len(members)
