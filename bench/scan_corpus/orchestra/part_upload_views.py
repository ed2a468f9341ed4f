"""Librarian uploads of bowed/marked orchestral parts."""
import logging
import os

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from scores.models import Part, Work

logger = logging.getLogger(__name__)

ALLOWED_TYPES = {"application/pdf", "image/tiff"}


def _store(upload, dest_dir: str, name: str) -> str:
    os.makedirs(dest_dir, exist_ok=True)
    target = os.path.join(dest_dir, name)
    with open(target, "wb") as fh:
        for chunk in upload.chunks():
            fh.write(chunk)
    return target


@require_POST
@permission_required("scores.add_part", raise_exception=True)
def upload_part(request, work_id: int):
    work = Work.objects.get(pk=work_id)
    upload = request.FILES.get("file")
    if upload is None or upload.content_type not in ALLOWED_TYPES:
        return HttpResponseBadRequest("Upload a PDF or TIFF part.")

    instrument = request.POST.get("instrument", "").strip()
    name = request.POST.get("filename") or upload.name
    dest_dir = os.path.join(settings.MEDIA_ROOT, "parts", str(work.pk))
    stored = _store(upload, dest_dir, name)

    part = Part.objects.create(work=work, instrument=instrument, file_path=stored, uploaded_by=request.user)
    logger.info("part %s uploaded for %s by %s", part.pk, work, request.user)
    return JsonResponse({"id": part.pk, "instrument": instrument}, status=201)
