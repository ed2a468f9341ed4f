"""Generates and serves annual licence certificates for beach hut holders (Django)."""

from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from .models import Licence
from .pdf import render_certificate


def certificate_path(licence: Licence) -> Path:
    folder = Path(settings.LICENCE_CERTIFICATE_DIR) / str(licence.season)
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"licence-{licence.pk}.pdf"


def ensure_certificate(licence: Licence) -> Path:
    path = certificate_path(licence)
    if not path.exists() or path.stat().st_mtime < licence.updated_at.timestamp():
        path.write_bytes(
            render_certificate(
                holder=licence.holder.get_full_name(),
                hut=licence.hut.number,
                zone=licence.hut.zone,
                season=licence.season,
                start=licence.start_date,
                end=licence.end_date,
            )
        )
    return path


@login_required
@require_GET
def download_certificate(request, licence_id: int):
    licence = get_object_or_404(
        Licence.objects.select_related("hut", "holder"),
        pk=licence_id,
        holder=request.user,
    )
    if licence.status not in {"active", "expired"}:
        raise Http404("No certificate for this licence")
    path = ensure_certificate(licence)
    return FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename=f"beach-hut-{licence.hut.number}-{licence.season}.pdf",
        content_type="application/pdf",
    )
