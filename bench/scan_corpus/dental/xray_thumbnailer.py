"""Generates captioned preview thumbnails for intraoral radiographs.

Runs as a Celery task after a study has been stored in the archive.
"""
import logging
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from celery import shared_task

from imaging.archive import load_study

log = logging.getLogger(__name__)


@dataclass
class ThumbnailSettings:
    preview_dir: Path = Path("/srv/imaging/previews")
    width: int = 512
    convert_bin: str = "/usr/bin/convert"


@dataclass
class StudyInfo:
    study_id: str
    stored_path: Path
    patient_name: str
    taken_on: date


class RadiographThumbnailer:
    def __init__(self, settings: ThumbnailSettings | None = None):
        self.settings = settings or ThumbnailSettings()

    def preview_path(self, study: StudyInfo) -> Path:
        return self.settings.preview_dir / f"{study.study_id}.png"

    def render(self, study: StudyInfo) -> Path:
        out = self.preview_path(study)
        caption = f"{study.patient_name} {study.taken_on:%d.%m.%Y}"
        cmd = (
            f"{self.settings.convert_bin} {study.stored_path} -resize {self.settings.width}x "
            f'-gravity south -annotate +0+8 "{caption}" {out}'
        )
        subprocess.run(cmd, shell=True, check=True, timeout=60)
        return out


@shared_task(bind=True, max_retries=3)
def make_preview(self, study_id: str) -> str:
    study = load_study(study_id)
    thumb = RadiographThumbnailer()
    try:
        out = thumb.render(study)
    except subprocess.CalledProcessError as exc:
        log.warning("preview failed for %s: %s", study_id, exc)
        raise self.retry(exc=exc, countdown=30)
    return str(out)
