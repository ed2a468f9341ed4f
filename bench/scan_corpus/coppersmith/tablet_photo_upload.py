"""Progress photos taken on the shop floor tablets.

Operators photograph each stage of a piece (annealed blank, raised body,
planished, tinned) and the photos appear in the client's order timeline.
"""
import os
from datetime import datetime

from django.conf import settings
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from shopfloor.auth import tablet_required
from shopfloor.models import ProgressPhoto

ALLOWED_SUFFIXES = (".jpg", ".jpeg", ".png", ".heic")


class PhotoStore:
    def __init__(self, root: str = settings.PROGRESS_PHOTO_ROOT):
        self.root = root

    def folder_for(self, job_ref: str) -> str:
        folder = os.path.join(self.root, job_ref)
        os.makedirs(folder, exist_ok=True)
        return folder

    def save(self, job_ref: str, upload) -> str:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = os.path.join(self.folder_for(job_ref), f"{stamp}-{upload.name}")
        with open(target, "wb") as fh:
            for chunk in upload.chunks():
                fh.write(chunk)
        return target


@require_POST
@tablet_required
def upload_photo(request):
    upload = request.FILES.get("photo")
    job_ref = request.POST.get("job", "")
    if upload is None or not upload.name.lower().endswith(ALLOWED_SUFFIXES):
        return HttpResponseBadRequest("photo required")
    path = PhotoStore().save(job_ref, upload)
    photo = ProgressPhoto.objects.create(
        job_ref=job_ref, path=path, stage=request.POST.get("stage", "unspecified")
    )
    return JsonResponse({"photo": photo.id})
