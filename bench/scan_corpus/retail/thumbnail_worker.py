"""Celery task that renders listing thumbnails for seller-uploaded product photos."""
import logging
import subprocess
import tempfile
from pathlib import Path

from celery import shared_task

from media.storage import download_original, upload_variant

log = logging.getLogger(__name__)

VARIANTS = {"thumb": "320x320", "card": "640x640", "zoom": "1600x1600"}


def _resize(src: Path, dest: Path, geometry: str) -> None:
    subprocess.run(
        ["convert", str(src), "-auto-orient", "-strip", "-resize", f"{geometry}>",
         "-quality", "85", str(dest)],
        check=True,
        capture_output=True,
        timeout=120,
    )


@shared_task(bind=True, max_retries=3, acks_late=True)
def render_variants(self, upload_id: str, variants: list[str] | None = None) -> list[str]:
    wanted = [v for v in (variants or VARIANTS) if v in VARIANTS]
    done = []
    with tempfile.TemporaryDirectory(prefix="thumbs-") as workdir:
        src = Path(workdir) / "original"
        download_original(upload_id, src)
        for name in wanted:
            dest = Path(workdir) / f"{name}.jpg"
            try:
                _resize(src, dest, VARIANTS[name])
            except subprocess.CalledProcessError as exc:
                log.warning("resize %s failed for %s: %s", name, upload_id, exc.stderr[:500])
                raise self.retry(exc=exc, countdown=30)
            upload_variant(upload_id, name, dest)
            done.append(name)
    return done
