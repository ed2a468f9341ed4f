"""Loads course syllabi that teachers upload as YAML and stores them as lesson plans."""
from dataclasses import dataclass, field
from typing import List

import yaml
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from .models import Course, CourseLesson

MAX_SYLLABUS_BYTES = 256 * 1024


@dataclass
class SyllabusLesson:
    title: str
    minutes: int = 30
    songs: List[str] = field(default_factory=list)
    chords: List[str] = field(default_factory=list)


def parse_syllabus(text: str) -> List[SyllabusLesson]:
    document = yaml.safe_load(text) or {}
    if not isinstance(document, dict) or not isinstance(document.get("lessons"), list):
        raise ValueError("syllabus must contain a 'lessons' list")
    lessons = []
    for entry in document["lessons"]:
        if not isinstance(entry, dict) or "title" not in entry:
            raise ValueError("each lesson needs a title")
        lessons.append(
            SyllabusLesson(
                title=str(entry["title"])[:200],
                minutes=int(entry.get("minutes", 30)),
                songs=[str(s) for s in entry.get("songs", [])],
                chords=[str(c) for c in entry.get("chords", [])],
            )
        )
    return lessons


@require_POST
@login_required
def upload_syllabus(request: HttpRequest, course_id: int) -> JsonResponse:
    course = Course.objects.filter(pk=course_id, teacher__user=request.user).first()
    if course is None:
        return JsonResponse({"error": "not found"}, status=404)
    upload = request.FILES.get("syllabus")
    if upload is None or upload.size > MAX_SYLLABUS_BYTES:
        return JsonResponse({"error": "missing or oversized file"}, status=400)
    try:
        lessons = parse_syllabus(upload.read().decode("utf-8"))
    except (yaml.YAMLError, ValueError, UnicodeDecodeError) as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    with transaction.atomic():
        CourseLesson.objects.filter(course=course).delete()
        for position, lesson in enumerate(lessons, start=1):
            CourseLesson.objects.create(
                course=course, position=position, title=lesson.title,
                minutes=lesson.minutes, songs=lesson.songs, chords=lesson.chords,
            )
    return JsonResponse({"course": course.pk, "lessons": len(lessons)})
