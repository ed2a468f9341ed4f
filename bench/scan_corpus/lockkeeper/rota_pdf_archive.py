"""Archive of published volunteer rotas as PDF files.

Files are named from the rota's database id, never from anything the
browser sends, so coordinators can only fetch rotas they are allowed to see.
"""
from __future__ import annotations

import os
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest
from django.shortcuts import get_object_or_404

from rota.models import PublishedRota
from rota.pdf import render_rota_pdf


def archive_dir() -> Path:
    path = Path(settings.ROTA_ARCHIVE_DIR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def archive_path(rota: PublishedRota) -> Path:
    return archive_dir() / f"rota-{int(rota.pk):06d}.pdf"


def ensure_pdf(rota: PublishedRota) -> Path:
    path = archive_path(rota)
    if not path.exists():
        tmp = path.with_suffix(".pdf.part")
        with tmp.open("wb") as fh:
            render_rota_pdf(rota, fh)
        os.replace(tmp, path)
    return path


@login_required
def download_rota(request: HttpRequest, rota_id: int) -> FileResponse:
    rota = get_object_or_404(PublishedRota, pk=rota_id)
    if not request.user.has_perm("rota.view_publishedrota", rota) and rota.lock_group_id not in {
        m.lock_group_id for m in request.user.memberships.all()
    }:
        raise Http404("rota not found")
    path = ensure_pdf(rota)
    filename = f"{rota.lock_group.slug}-{rota.starts_on:%Y-%m-%d}.pdf"
    return FileResponse(path.open("rb"), as_attachment=True, filename=filename)


def purge_superseded(keep_latest: int = 12) -> int:
    removed = 0
    ids = list(PublishedRota.objects.order_by("-starts_on").values_list("pk", flat=True))
    for stale_id in ids[keep_latest:]:
        path = archive_dir() / f"rota-{int(stale_id):06d}.pdf"
        if path.exists():
            path.unlink()
            removed += 1
    return removed
