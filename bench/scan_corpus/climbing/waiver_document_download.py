"""Front-desk endpoint for pulling up a member's signed waiver PDF."""
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required, permission_required
from django.http import FileResponse, Http404
from django.views.decorators.http import require_GET

from climbing.waivers.models import Waiver


def _waiver_root() -> str:
    return getattr(settings, "WAIVER_STORAGE_ROOT", "/srv/waivers/signed")


def _waiver_path(filename: str, root: str | None = None) -> str:
    return os.path.join(root or _waiver_root(), filename)


@require_GET
@login_required
@permission_required("waivers.view_waiver", raise_exception=True)
def waiver_pdf(request, member_id: int):
    waiver = (
        Waiver.objects.filter(member_id=member_id, status=Waiver.SIGNED)
        .order_by("-signed_at")
        .first()
    )
    if waiver is None:
        raise Http404("no signed waiver on file")
    path = _waiver_path(waiver.pdf_name)
    if not os.path.isfile(path):
        raise Http404("waiver document missing")
    return FileResponse(open(path, "rb"), content_type="application/pdf",
                        filename=f"waiver-{member_id}.pdf")


@require_GET
@login_required
@permission_required("waivers.view_waiver", raise_exception=True)
def waiver_attachment(request):
    name = request.GET.get("file", "")
    if not name.lower().endswith(".pdf"):
        raise Http404("only PDF attachments are served")
    path = _waiver_path(name)
    if not os.path.isfile(path):
        raise Http404("attachment not found")
    return FileResponse(open(path, "rb"), content_type="application/pdf",
                        as_attachment=True, filename=os.path.basename(path))


@require_GET
@login_required
@permission_required("waivers.view_waiver", raise_exception=True)
def waiver_history(request, member_id: int):
    from django.http import JsonResponse

    rows = Waiver.objects.filter(member_id=member_id).order_by("-signed_at")
    return JsonResponse(
        {
            "member": member_id,
            "waivers": [
                {"id": w.id, "status": w.status, "signed_at": w.signed_at.isoformat()}
                for w in rows
            ],
        }
    )
