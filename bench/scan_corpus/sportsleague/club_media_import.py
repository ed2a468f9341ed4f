"""Background task: unpack a club's uploaded media bundle.

Clubs upload a .tar.gz with their crest, kit images and squad photos through
the admin portal; the upload lands in object storage and this task unpacks it
into the media directory that the web tier serves.
"""
import logging
import shutil
import tarfile
import tempfile
from pathlib import Path

from celery import shared_task

from league.settings import settings
from league.storage import object_store

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp", ".svg"}


def _unpack(archive_path: Path, dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive_path, mode="r:*") as bundle:
        bundle.extractall(path=dest)
    return [p for p in dest.rglob("*") if p.suffix.lower() in IMAGE_SUFFIXES]


@shared_task(bind=True, max_retries=3, default_retry_delay=60)
def import_media_bundle(self, club_id: int, object_key: str) -> int:
    club_media = Path(settings.MEDIA_ROOT) / "clubs" / str(club_id)
    with tempfile.TemporaryDirectory(prefix="media-") as tmp:
        archive = Path(tmp) / "bundle.tar.gz"
        try:
            object_store.download(object_key, archive)
        except object_store.TransientError as exc:
            raise self.retry(exc=exc)

        staging = Path(tmp) / "unpacked"
        images = _unpack(archive, staging)
        club_media.mkdir(parents=True, exist_ok=True)
        for image in images:
            target = club_media / image.name
            shutil.copyfile(image, target)
        log.info("club %s: imported %d media files from %s", club_id, len(images), object_key)
        return len(images)
