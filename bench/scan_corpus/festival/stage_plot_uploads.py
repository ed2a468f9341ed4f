"""Artist portal: upload stage plots and input lists for a performance."""
import os
import uuid

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .models import Performance, StagePlot

ALLOWED_EXTENSIONS = {".pdf", ".png", ".jpg", ".jpeg"}
MAX_UPLOAD_BYTES = 20 * 1024 * 1024


@login_required
@require_POST
def upload_stage_plot(request, performance_id: int):
    performance = get_object_or_404(Performance, pk=performance_id, artist__owner=request.user)
    upload = request.FILES.get("file")
    if upload is None or upload.size > MAX_UPLOAD_BYTES:
        return HttpResponseBadRequest("missing or oversized file")

    ext = os.path.splitext(upload.name)[1].lower()
    if ext not in ALLOWED_EXTENSIONS:
        return HttpResponseBadRequest("unsupported file type")

    stored_name = f"{uuid.uuid4().hex}{ext}"
    dest_dir = os.path.join(settings.MEDIA_ROOT, "stage_plots", str(performance.pk))
    os.makedirs(dest_dir, exist_ok=True)
    with open(os.path.join(dest_dir, stored_name), "wb") as fh:
        for chunk in upload.chunks():
            fh.write(chunk)

    plot = StagePlot.objects.create(
        performance=performance,
        original_name=upload.name[:255],
        stored_name=stored_name,
        size=upload.size,
    )
    return JsonResponse({"id": plot.pk, "name": plot.original_name}, status=201)
