"""Background job that makes thumbnails of site survey photos.

Surveyors upload photos of lawns, car parks and access gates from their
tablets. The job shrinks each upload for the quote builder and the crew app.
"""
from __future__ import annotations

import logging
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

UPLOAD_ROOT = Path(os.environ.get("SURVEY_UPLOAD_ROOT", "/srv/marqueehire/survey-uploads"))
THUMB_ROOT = Path(os.environ.get("SURVEY_THUMB_ROOT", "/srv/marqueehire/survey-thumbs"))
THUMB_SIZE = "800x800"
CONVERT_TIMEOUT = 60


@dataclass
class SurveyPhoto:
    survey_id: int
    original_name: str


class ThumbnailJob:
    def __init__(self, queue) -> None:
        self._queue = queue

    def _paths(self, photo: SurveyPhoto) -> tuple[str, str]:
        name = Path(photo.original_name).name
        src = UPLOAD_ROOT / str(photo.survey_id) / name
        dst_dir = THUMB_ROOT / str(photo.survey_id)
        dst_dir.mkdir(parents=True, exist_ok=True)
        return str(src), str(dst_dir / f"{Path(name).stem}.jpg")

    def make_thumbnail(self, photo: SurveyPhoto) -> str:
        src, dst = self._paths(photo)
        subprocess.run(
            f'convert "{src}" -auto-orient -resize {THUMB_SIZE} -quality 82 "{dst}"',
            shell=True,
            check=True,
            timeout=CONVERT_TIMEOUT,
        )
        return dst

    def run_once(self) -> int:
        done = 0
        for message in self._queue.receive(max_messages=10):
            photo = SurveyPhoto(int(message["survey_id"]), message["filename"])
            try:
                out = self.make_thumbnail(photo)
            except subprocess.CalledProcessError as exc:
                log.error("thumbnail failed for survey %s: exit %s", photo.survey_id, exc.returncode)
                self._queue.dead_letter(message)
                continue
            log.info("thumbnail written %s", out)
            self._queue.ack(message)
            done += 1
        return done
