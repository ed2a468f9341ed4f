"""Storage for homework files submitted through the student portal."""
from __future__ import annotations

import re
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.views.decorators.http import require_http_methods

from homework.models import Assignment

NAME_CLEANER = re.compile(r"[^A-Za-z0-9._-]+")


def submissions_root() -> Path:
    return Path(settings.HOMEWORK_ROOT).resolve()


def _assignment_dir(assignment_id: int, student_id: int) -> Path:
    return submissions_root() / f"assignment-{assignment_id}" / f"student-{student_id}"


def _contained_path(base: Path, name: str) -> Path:
    candidate = (base / name).resolve()
    if not candidate.is_relative_to(base.resolve()):
        raise Http404("file not found")
    return candidate


@login_required
@require_http_methods(["POST"])
def upload_submission(request: HttpRequest, assignment_id: int) -> HttpResponse:
    assignment = Assignment.objects.get(pk=assignment_id, course__students=request.user)
    upload = request.FILES["submission"]
    base = _assignment_dir(assignment.pk, request.user.pk)
    base.mkdir(parents=True, exist_ok=True)
    name = NAME_CLEANER.sub("_", Path(upload.name).name) or "submission.bin"
    target = _contained_path(base, name)
    with target.open("wb") as handle:
        for chunk in upload.chunks():
            handle.write(chunk)
    return HttpResponse(status=201)


@login_required
def download_submission(request: HttpRequest, assignment_id: int, filename: str) -> FileResponse:
    base = _assignment_dir(assignment_id, request.user.pk)
    path = _contained_path(base, filename)
    if not path.is_file():
        raise Http404("file not found")
    return FileResponse(path.open("rb"), as_attachment=True, filename=path.name)
