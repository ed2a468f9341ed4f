"""Streams backing tracks (play-along MP3s) for the lessons a student is enrolled in."""
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

from .models import Enrollment, Lesson

bp = Blueprint("tracks", __name__, url_prefix="/tracks")

AUDIO_TYPES = {".mp3": "audio/mpeg", ".m4a": "audio/mp4", ".ogg": "audio/ogg"}


def _track_root() -> Path:
    return Path(current_app.config["BACKING_TRACK_ROOT"]).resolve()


def _enrolled(student_id: int, course_id: int) -> bool:
    return Enrollment.query.filter_by(student_id=student_id, course_id=course_id).count() > 0


def resolve_track(lesson: Lesson, name: str) -> Path:
    lesson_dir = (_track_root() / f"course-{lesson.course_id}" / f"lesson-{lesson.id}").resolve()
    candidate = (lesson_dir / name).resolve()
    if not candidate.is_relative_to(lesson_dir):
        abort(404)
    if candidate.suffix.lower() not in AUDIO_TYPES or not candidate.is_file():
        abort(404)
    return candidate


@bp.get("/<int:lesson_id>")
@login_required
def stream_track(lesson_id: int):
    lesson = Lesson.query.get_or_404(lesson_id)
    if not _enrolled(current_user.id, lesson.course_id):
        abort(403)
    name = request.args.get("name", "")
    if not name:
        abort(400)
    path = resolve_track(lesson, name)
    return send_file(
        path,
        mimetype=AUDIO_TYPES[path.suffix.lower()],
        conditional=True,
        download_name=path.name,
    )


@bp.get("/<int:lesson_id>/list")
@login_required
def list_tracks(lesson_id: int):
    lesson = Lesson.query.get_or_404(lesson_id)
    if not _enrolled(current_user.id, lesson.course_id):
        abort(403)
    lesson_dir = _track_root() / f"course-{lesson.course_id}" / f"lesson-{lesson.id}"
    names = sorted(p.name for p in lesson_dir.glob("*") if p.suffix.lower() in AUDIO_TYPES)
    return {"lesson": lesson.id, "tracks": names}
