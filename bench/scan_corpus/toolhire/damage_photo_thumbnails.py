"""Celery task that builds thumbnails of damage photos taken at equipment check-in.

Depot staff and customers upload photos of dents, cracked glass or hydraulic
leaks; the back office shows them next to the deposit claim.
"""
from __future__ import annotations

import logging
import os
import shlex
import subprocess
from pathlib import Path
from typing import Dict, List

from celery import shared_task

log = logging.getLogger("toolhire.damage.thumbs")

PHOTO_ROOT = Path(os.environ.get("TH_DAMAGE_PHOTO_ROOT", "/srv/damage-photos"))
SIZES: Dict[str, str] = {"sm": "320x240", "md": "800x600"}
CONVERT_BIN = os.environ.get("TH_CONVERT_BIN", "/usr/bin/convert")
RUN_OPTS = {"shell": True, "check": True, "timeout": 60, "capture_output": True}


def _thumb_name(original_name: str, size_key: str) -> str:
    stem, _, ext = original_name.rpartition(".")
    return f"{stem}_{size_key}.{ext or 'jpg'}"


def _resize_command(src_dir: Path, original_name: str, size_key: str) -> str:
    geometry = SIZES[size_key]
    src = f"{src_dir}/{original_name}"
    dst = f"{src_dir}/{_thumb_name(original_name, size_key)}"
    return f"{CONVERT_BIN} \"{src}\" -auto-orient -strip -thumbnail {geometry} \"{dst}\""


def _run(command: str) -> None:
    log.debug("running %s", shlex.split(command)[0])
    subprocess.run(command, **RUN_OPTS)


@shared_task(bind=True, max_retries=3, default_retry_delay=30)
def make_thumbnails(self, claim_id: int, original_name: str) -> List[str]:
    """original_name is the file name the uploader's browser supplied."""
    src_dir = PHOTO_ROOT / str(claim_id)
    produced: List[str] = []
    try:
        for size_key in SIZES:
            _run(_resize_command(src_dir, original_name, size_key))
            produced.append(_thumb_name(original_name, size_key))
    except subprocess.TimeoutExpired as exc:
        raise self.retry(exc=exc)
    except subprocess.CalledProcessError as exc:
        log.warning("thumbnail failed for claim %s: %s", claim_id, exc.stderr[:200])
        return []
    return produced


def enqueue_for_upload(claim_id: int, uploaded_filename: str) -> None:
    make_thumbnails.delay(claim_id, uploaded_filename)
