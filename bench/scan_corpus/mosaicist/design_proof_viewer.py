"""Serve design proof images for the commission review screen."""
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, JsonResponse

from commissions.models import Commission

PROOF_ROOT = Path(settings.PROOF_STORAGE_DIR).resolve()


def resolve_proof(commission_ref: str, name: str) -> Path:
    base = (PROOF_ROOT / commission_ref).resolve()
    candidate = (base / name).resolve()
    if not candidate.is_relative_to(base) or not base.is_relative_to(PROOF_ROOT):
        raise Http404("proof not found")
    if not candidate.is_file():
        raise Http404("proof not found")
    return candidate


@login_required
def proof_image(request, commission_ref: str, name: str):
    commission = Commission.objects.filter(reference=commission_ref).first()
    if commission is None or not commission.visible_to(request.user):
        raise Http404("commission not found")
    path = resolve_proof(commission.reference, name)
    return FileResponse(path.open("rb"), content_type="image/png")


@login_required
def proof_index(request, commission_ref: str):
    commission = Commission.objects.filter(reference=commission_ref).first()
    if commission is None or not commission.visible_to(request.user):
        raise Http404("commission not found")
    folder = PROOF_ROOT / commission.reference
    names = sorted(p.name for p in folder.glob("*.png")) if folder.is_dir() else []
    return JsonResponse({"proofs": names})
