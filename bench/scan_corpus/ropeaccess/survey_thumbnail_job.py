"""Background job that builds captioned preview thumbnails for drone surveys.

Clients browse survey imagery in the portal; full-size frames are 40 MB so a
worker renders a 640px preview for each frame, stamped with the caption the
pilot typed for that frame in the upload form (e.g. "Blade B, leading edge").
"""
from __future__ import annotations

import logging
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from redis import Redis
from rq import Queue

log = logging.getLogger("survey.thumbs")

FRAME_ROOT = Path(os.environ.get("SURVEY_FRAME_ROOT", "/srv/surveys/frames"))
THUMB_ROOT = Path(os.environ.get("SURVEY_THUMB_ROOT", "/srv/surveys/thumbs"))


@dataclass
class ThumbnailRequest:
    survey_id: int
    frame_id: int
    caption: str
    width: int = 640

    @property
    def source(self) -> Path:
        return FRAME_ROOT / str(int(self.survey_id)) / f"{int(self.frame_id)}.jpg"

    @property
    def target(self) -> Path:
        return THUMB_ROOT / str(int(self.survey_id)) / f"{int(self.frame_id)}.webp"


def build_thumbnail(req: ThumbnailRequest) -> Path:
    req.target.parent.mkdir(parents=True, exist_ok=True)
    command = (
        f"convert {req.source} -auto-orient -thumbnail {int(req.width)}x "
        f"-gravity SouthWest -fill white -undercolor '#00000080' "
        f"-annotate +8+8 '{req.caption}' -quality 80 {req.target}"
    )
    subprocess.run(command, shell=True, check=True, timeout=120)
    log.info("thumbnail ready for survey %s frame %s", req.survey_id, req.frame_id)
    return req.target


def enqueue_frame(survey_id: int, frame_id: int, caption: str) -> None:
    queue = Queue("thumbnails", connection=Redis.from_url(os.environ["REDIS_URL"]))
    queue.enqueue(build_thumbnail, ThumbnailRequest(survey_id, frame_id, caption[:120]),
                  job_timeout=300)


def rebuild_survey(survey_id: int, captions: dict[int, str]) -> int:
    count = 0
    for frame_id, caption in sorted(captions.items()):
        build_thumbnail(ThumbnailRequest(survey_id, frame_id, caption))
        count += 1
    return count
