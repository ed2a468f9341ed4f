"""Clients upload reference photos (outfit, occasion) to go with a bespoke hat order."""
import os
from datetime import datetime, timezone

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST
from werkzeug.utils import secure_filename

from hatter.orders.models import Order, ReferencePhoto

ALLOWED_EXTENSIONS = {".jpg", ".jpeg", ".png", ".heic"}


def _destination(order: Order, original_name: str) -> str:
    name = secure_filename(original_name)
    stem, ext = os.path.splitext(name)
    if not stem or ext.lower() not in ALLOWED_EXTENSIONS:
        raise ValueError("unsupported file")
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S")
    folder = os.path.join(settings.MEDIA_ROOT, "reference", str(order.pk))
    os.makedirs(folder, exist_ok=True)
    return os.path.join(folder, f"{stamp}-{stem}{ext.lower()}")


@login_required
@require_POST
def upload_reference(request, order_id: int):
    order = Order.objects.filter(pk=order_id, client__user=request.user).first()
    upload = request.FILES.get("photo")
    if order is None or upload is None:
        return HttpResponseBadRequest("missing order or photo")
    try:
        path = _destination(order, upload.name)
    except ValueError:
        return HttpResponseBadRequest("unsupported file type")
    with open(path, "wb") as fh:
        for chunk in upload.chunks():
            fh.write(chunk)
    photo = ReferencePhoto.objects.create(order=order, path=os.path.relpath(path, settings.MEDIA_ROOT))
    return JsonResponse({"id": photo.pk})
