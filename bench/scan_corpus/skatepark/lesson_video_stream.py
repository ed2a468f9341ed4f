"""Streams recorded coaching-lesson videos to the member who took the lesson."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, send_file
from flask_login import current_user, login_required
from sqlalchemy import select

from .db import db
from .models import LessonRecording

bp = Blueprint("lesson_video", __name__, url_prefix="/lessons")

VIDEO_ROOT = Path(os.environ.get("LESSON_VIDEO_ROOT", "/srv/rampworks/lesson-videos"))


def _recording_for(recording_id: int) -> LessonRecording:
    recording = db.session.execute(
        select(LessonRecording).where(LessonRecording.id == recording_id)
    ).scalar_one_or_none()
    if recording is None:
        abort(404)
    if recording.member_id != current_user.id and not current_user.is_coach:
        abort(403)
    return recording


def _video_path(recording: LessonRecording) -> Path:
    return VIDEO_ROOT / f"{recording.lesson_id:06d}" / f"{recording.id:08d}.mp4"


@bp.get("/recordings/<int:recording_id>")
@login_required
def stream_recording(recording_id: int):
    recording = _recording_for(recording_id)
    path = _video_path(recording)
    if not path.is_file():
        abort(404)
    return send_file(
        path,
        mimetype="video/mp4",
        conditional=True,
        download_name=f"lesson-{recording.lesson_id}.mp4",
    )


@bp.get("/recordings")
@login_required
def my_recordings():
    rows = db.session.execute(
        select(LessonRecording)
        .where(LessonRecording.member_id == current_user.id)
        .order_by(LessonRecording.recorded_at.desc())
    ).scalars()
    return {
        "recordings": [
            {"id": r.id, "lesson": r.lesson_id, "recorded_at": r.recorded_at.isoformat(),
             "available": _video_path(r).is_file()}
            for r in rows
        ]
    }
