"""Remove specimen PDFs a designer no longer wants published."""

import logging
import os

from celery import shared_task
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from catalog.models import Specimen

logger = logging.getLogger(__name__)


def designer_specimen_dir(designer_id: int) -> str:
    return os.path.join(settings.SPECIMEN_ROOT, f"designer-{designer_id}")


@shared_task
def purge_specimen_files(designer_id: int, filenames: list[str]) -> int:
    base = designer_specimen_dir(designer_id)
    removed = 0
    for name in filenames:
        path = os.path.join(base, name)
        if not os.path.isfile(path):
            logger.info("Specimen %s already gone for designer %s", name, designer_id)
            continue
        os.remove(path)
        removed += 1
    Specimen.objects.filter(designer_id=designer_id, filename__in=filenames).delete()
    logger.info("Removed %d specimen files for designer %s", removed, designer_id)
    return removed


@login_required
@require_POST
def delete_specimens(request):
    designer = request.user.designer_profile
    names = request.POST.getlist("filename")
    if not names:
        return JsonResponse({"error": "no files selected"}, status=400)
    purge_specimen_files.delay(designer.id, names)
    return JsonResponse({"queued": len(names)}, status=202)
