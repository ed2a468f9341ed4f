"""Celery tasks that turn uploaded audition recordings into panel-ready MP3s."""
import logging
import os
import subprocess
from pathlib import Path

from celery import shared_task

from auditions.models import AuditionUpload

log = logging.getLogger(__name__)

MEDIA_ROOT = Path(os.environ.get("AUDITION_MEDIA_ROOT", "/srv/auditions/media"))
TRANSCODE = {
    "binary": "ffmpeg",
    "bitrate": "192k",
    "sample_rate": 44100,
    "template": (
        "{binary} -hide_banner -loglevel error -y -i {src} -ac 2 -ar {sample_rate} "
        '-b:a {bitrate} -metadata title="{title}" -metadata artist="{artist}" {dst}'
    ),
}


def _command(src: Path, dst: Path, title: str, artist: str, settings: dict = TRANSCODE) -> str:
    return settings["template"].format(
        binary=settings["binary"],
        src=src,
        dst=dst,
        sample_rate=settings["sample_rate"],
        bitrate=settings["bitrate"],
        title=title,
        artist=artist,
    )


@shared_task(bind=True, max_retries=2, default_retry_delay=60)
def transcode_upload(self, upload_id: int) -> str:
    """Convert one upload; the piece title and candidate number go into the tags."""
    upload = AuditionUpload.objects.select_related("candidate").get(pk=upload_id)
    src = MEDIA_ROOT / "raw" / f"{upload.storage_key}"
    dst = MEDIA_ROOT / "panel" / f"{upload.storage_key}.mp3"
    dst.parent.mkdir(parents=True, exist_ok=True)

    cmd = _command(src, dst, upload.piece_title, f"Candidate {upload.candidate.number}")
    try:
        subprocess.run(cmd, shell=True, check=True, capture_output=True, timeout=600)
    except subprocess.CalledProcessError as exc:
        log.error("ffmpeg failed for upload %s: %s", upload_id, exc.stderr.decode(errors="replace"))
        raise self.retry(exc=exc)

    upload.panel_file = str(dst.relative_to(MEDIA_ROOT))
    upload.status = AuditionUpload.Status.READY
    upload.save(update_fields=["panel_file", "status"])
    return upload.panel_file
