"""Librarian upload of marked parts (bowings, cuts, cues) into the score library."""
import os
import uuid

from django.contrib.auth.decorators import permission_required
from django.core.files.storage import default_storage
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.text import get_valid_filename
from django.views.decorators.http import require_POST

from scores.models import Part, Work

ALLOWED_EXTENSIONS = {".pdf", ".tif", ".tiff"}


@require_POST
@permission_required("scores.add_part", raise_exception=True)
def upload_marked_part(request, work_id: int):
    work = get_object_or_404(Work, pk=work_id)
    upload = request.FILES.get("file")
    if upload is None:
        return HttpResponseBadRequest("No file supplied.")

    original = get_valid_filename(os.path.basename(request.POST.get("filename") or upload.name))
    ext = os.path.splitext(original)[1].lower()
    if ext not in ALLOWED_EXTENSIONS:
        return HttpResponseBadRequest("Parts must be PDF or TIFF.")

    stored_name = default_storage.save(f"parts/{work.pk}/{uuid.uuid4().hex}{ext}", upload)
    part = Part.objects.create(
        work=work,
        instrument=request.POST.get("instrument", "").strip(),
        file_path=stored_name,
        original_filename=original,
        uploaded_by=request.user,
    )
    return JsonResponse({"id": part.pk, "file": original}, status=201)
