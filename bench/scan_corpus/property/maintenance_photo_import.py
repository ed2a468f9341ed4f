"""Import before/after photo bundles that vendors attach to completed work orders."""
import logging
import shutil
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from maintenance.models import WorkOrder, WorkOrderPhoto
from vendors.auth import vendor_required

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}


def _unpack(upload, dest: Path) -> list[Path]:
    with tarfile.open(fileobj=upload, mode="r:*") as bundle:
        bundle.extractall(dest)
    return [p for p in dest.rglob("*") if p.suffix.lower() in IMAGE_SUFFIXES]


@require_POST
@vendor_required
def upload_photos(request: HttpRequest, work_order_id: int):
    order = WorkOrder.objects.get(pk=work_order_id, vendor=request.vendor)
    upload = request.FILES["bundle"]
    media_dir = Path(settings.MEDIA_ROOT) / "work_orders" / str(order.pk)
    media_dir.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="wo-photos-") as tmp:
        photos = _unpack(upload, Path(tmp))
        saved = []
        for idx, photo in enumerate(photos, start=1):
            target = media_dir / f"{idx:03d}{photo.suffix.lower()}"
            shutil.copyfile(photo, target)
            saved.append(WorkOrderPhoto.objects.create(work_order=order, image=str(target.relative_to(settings.MEDIA_ROOT))))

    log.info("Vendor %s uploaded %d photos for work order %s", request.vendor.pk, len(saved), order.pk)
    return JsonResponse({"work_order": order.pk, "photos": len(saved)})
