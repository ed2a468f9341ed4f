"""Vendor photo management for the annual on-farm ram sale catalogue."""
import os
import uuid

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.views.decorators.http import require_http_methods

from rams.models import SaleLot

PHOTO_ROOT = os.path.join(settings.MEDIA_ROOT, "ram_sale")
ALLOWED_EXT = {".jpg", ".jpeg", ".png"}
MAX_BYTES = 8 * 1024 * 1024


def _lot_for(request, lot_id):
    try:
        return SaleLot.objects.get(pk=lot_id, vendor__user=request.user)
    except SaleLot.DoesNotExist:
        raise Http404("lot not found")


@login_required
@require_http_methods(["POST"])
def upload_photo(request, lot_id):
    lot = _lot_for(request, lot_id)
    upload = request.FILES["photo"]
    ext = os.path.splitext(upload.name)[1].lower()
    if ext not in ALLOWED_EXT or upload.size > MAX_BYTES:
        return JsonResponse({"error": "unsupported image"}, status=400)
    filename = f"lot{lot.number}_{uuid.uuid4().hex[:8]}{ext}"
    os.makedirs(PHOTO_ROOT, exist_ok=True)
    with open(os.path.join(PHOTO_ROOT, filename), "wb") as fh:
        for chunk in upload.chunks():
            fh.write(chunk)
    lot.photos.create(filename=filename)
    return JsonResponse({"filename": filename}, status=201)


@login_required
@require_http_methods(["POST"])
def remove_photo(request, lot_id):
    lot = _lot_for(request, lot_id)
    name = request.POST.get("filename", "")
    target = os.path.join(PHOTO_ROOT, name)
    if os.path.isfile(target):
        os.remove(target)
    lot.photos.filter(filename=name).delete()
    return JsonResponse({"removed": name})


@login_required
def list_photos(request, lot_id):
    lot = _lot_for(request, lot_id)
    names = list(lot.photos.values_list("filename", flat=True))
    return JsonResponse({"lot": lot.number, "photos": names})
