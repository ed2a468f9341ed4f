"""Serve generated backer-report exports (CSV/XLSX) to campaign owners."""

from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404

from campaigns.models import Campaign

EXPORT_ROOT = Path(settings.EXPORT_ROOT).resolve()


def _resolve_export(campaign_id: int, name: str) -> Path:
    campaign_dir = (EXPORT_ROOT / str(campaign_id)).resolve()
    candidate = (campaign_dir / name).resolve()
    if not candidate.is_relative_to(campaign_dir) or not candidate.is_file():
        raise Http404("export not found")
    return candidate


@login_required
def download_export(request, campaign_id: int, name: str):
    campaign = get_object_or_404(Campaign, pk=campaign_id, owner=request.user)
    path = _resolve_export(campaign.pk, name)
    return FileResponse(path.open("rb"), as_attachment=True, filename=path.name)
