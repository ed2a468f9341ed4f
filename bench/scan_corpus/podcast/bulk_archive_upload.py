"""Celery task: unpack a back-catalogue archive uploaded by a network.

Networks upload a .tar.gz of audio files alongside the manifest; we unpack
only the audio and queue each file for transcoding.
"""
import logging
import tarfile
from pathlib import Path

from celery import shared_task

from .storage import download_upload, staging_dir
from .transcode import enqueue_transcode

log = logging.getLogger(__name__)

AUDIO_SUFFIXES = (".mp3", ".m4a", ".wav", ".flac", ".aac", ".ogg")
MAX_MEMBER_BYTES = 2 * 1024 ** 3


def _audio_members(tar: tarfile.TarFile):
    for member in tar.getmembers():
        if not member.isfile():
            continue
        if not member.name.lower().endswith(AUDIO_SUFFIXES):
            continue
        if member.size > MAX_MEMBER_BYTES:
            log.warning("skipping oversized member %s", member.name)
            continue
        yield member


@shared_task(bind=True, max_retries=2)
def unpack_catalogue(self, upload_id: int, network_id: int) -> int:
    archive_path = download_upload(upload_id)
    dest = staging_dir(network_id, upload_id)
    dest.mkdir(parents=True, exist_ok=True)
    count = 0
    with tarfile.open(archive_path, mode="r:*") as tar:
        for member in _audio_members(tar):
            tar.extract(member, path=dest)
            enqueue_transcode.delay(network_id, str(Path(dest, member.name)))
            count += 1
    log.info("upload %s: queued %d audio files", upload_id, count)
    return count
