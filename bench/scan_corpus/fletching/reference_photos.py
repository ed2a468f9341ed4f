"""Customer reference photos attached to a custom arrow order.

Customers upload photos of their current arrows (cresting, fletch offset,
nock colour) so the bench can match them, and can remove them again.
"""
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from orders.models import Order, ReferencePhoto

PHOTO_ROOT = os.path.join(settings.MEDIA_ROOT, "reference-photos")


def _photo_dir(order: Order) -> str:
    return os.path.join(PHOTO_ROOT, order.reference)


@login_required
@require_GET
def list_photos(request, reference: str):
    order = get_object_or_404(Order, reference=reference, customer=request.user)
    photos = ReferencePhoto.objects.filter(order=order, deleted_at__isnull=True).order_by("uploaded_at")
    return JsonResponse({"order": order.reference, "photos": [p.filename for p in photos]})


@login_required
@require_POST
def delete_photo(request, reference: str):
    order = get_object_or_404(Order, reference=reference, customer=request.user)
    name = request.POST.get("filename", "")
    if not name:
        return HttpResponseBadRequest("filename required")
    path = os.path.join(_photo_dir(order), name)
    if os.path.exists(path):
        os.remove(path)
    ReferencePhoto.objects.filter(order=order, filename=name).update(deleted_at=timezone.now())
    return JsonResponse({"deleted": name})
