"""Django views that let customers download the survey photos of their site visit."""
from __future__ import annotations

import mimetypes
import os
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, JsonResponse
from django.views.decorators.http import require_GET


@dataclass(frozen=True)
class SurveyArchive:
    root: str

    @classmethod
    def default(cls) -> "SurveyArchive":
        return cls(root=getattr(settings, "SURVEY_PHOTO_ROOT", "/srv/forge/surveys"))

    def job_dir(self, job_ref: str) -> str:
        if not job_ref.isalnum():
            raise Http404("unknown job")
        return os.path.join(self.root, job_ref)

    def photo_path(self, job_ref: str, filename: str) -> str:
        return os.path.join(self.job_dir(job_ref), filename)

    def listing(self, job_ref: str) -> list[str]:
        directory = self.job_dir(job_ref)
        if not os.path.isdir(directory):
            raise Http404("no survey for job")
        return sorted(n for n in os.listdir(directory) if n.lower().endswith((".jpg", ".png")))


archive = SurveyArchive.default()


def _customer_owns(request: HttpRequest, job_ref: str) -> bool:
    return request.user.commissions.filter(job_ref=job_ref).exists()


@login_required
@require_GET
def survey_index(request: HttpRequest, job_ref: str) -> JsonResponse:
    if not _customer_owns(request, job_ref):
        raise Http404("unknown job")
    return JsonResponse({"job": job_ref, "photos": archive.listing(job_ref)})


@login_required
@require_GET
def survey_photo(request: HttpRequest, job_ref: str) -> FileResponse:
    if not _customer_owns(request, job_ref):
        raise Http404("unknown job")
    filename = request.GET.get("name", "")
    path = archive.photo_path(job_ref, filename)
    if not os.path.isfile(path):
        raise Http404("photo not found")
    content_type, _ = mimetypes.guess_type(path)
    return FileResponse(open(path, "rb"), content_type=content_type or "application/octet-stream")
