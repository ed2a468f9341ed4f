"""Serves proof-of-delivery scans uploaded by trucking partners."""

from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404

from deliveries.models import Delivery


def _resolve_pod(delivery: Delivery, filename: str) -> Path:
    base = (Path(settings.POD_ROOT) / str(delivery.company_id) / delivery.reference).resolve()
    candidate = (base / filename).resolve()
    if not candidate.is_relative_to(base) or not candidate.is_file():
        raise Http404("document not found")
    return candidate


@login_required
def download_pod(request, delivery_id: int, filename: str):
    delivery = get_object_or_404(
        Delivery, pk=delivery_id, company_id=request.user.profile.company_id
    )
    path = _resolve_pod(delivery, filename)
    return FileResponse(path.open("rb"), as_attachment=True, filename=path.name)
