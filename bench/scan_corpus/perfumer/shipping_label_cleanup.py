"""Remove shipping label PDFs once the fulfilment team has printed them."""
import json
import logging
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from fulfilment.models import ShipmentLabel

logger = logging.getLogger(__name__)

LABEL_SPOOL = Path(settings.FULFILMENT_LABEL_SPOOL)


def _spooled(labels: list[str], spool: Path = LABEL_SPOOL):
    for name in labels:
        yield name, spool / name


@require_POST
@permission_required("fulfilment.print_labels")
def discard_printed(request: HttpRequest) -> JsonResponse:
    payload = json.loads(request.body or "{}")
    removed, missing = [], []
    for name, path in _spooled(payload.get("labels", [])):
        try:
            path.unlink()
        except FileNotFoundError:
            missing.append(name)
            continue
        removed.append(name)
        ShipmentLabel.objects.filter(file_name=name).update(printed=True)
    logger.info("Discarded %d printed labels (%d missing)", len(removed), len(missing))
    return JsonResponse({"removed": removed, "missing": missing})
