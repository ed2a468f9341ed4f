"""Lets a farm download archived disposal certificates for its holding."""
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, JsonResponse
from django.views.decorators.http import require_GET

from holdings.models import Holding

ARCHIVE_ROOT = Path(settings.CERTIFICATE_ARCHIVE_DIR)


def _holding_for_user(user) -> Holding:
    holding = Holding.objects.filter(members=user).first()
    if holding is None:
        raise Http404("no holding linked to this account")
    return holding


def _holding_folder(holding: Holding) -> Path:
    return ARCHIVE_ROOT / holding.cph.replace("/", "-")


@login_required
@require_GET
def download_certificate(request):
    holding = _holding_for_user(request.user)
    name = request.GET.get("file", "")
    if not name.endswith(".pdf"):
        raise Http404("unknown certificate")
    folder = _holding_folder(holding)
    try:
        handle = open(folder / name, "rb")
    except FileNotFoundError:
        raise Http404("unknown certificate")
    return FileResponse(handle, as_attachment=True, filename=Path(name).name)


@login_required
@require_GET
def list_certificates(request):
    holding = _holding_for_user(request.user)
    folder = _holding_folder(holding)
    names = sorted(p.name for p in folder.glob("*.pdf")) if folder.is_dir() else []
    return JsonResponse({"holding": holding.cph, "certificates": names})
