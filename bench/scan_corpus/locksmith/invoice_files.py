"""Invoice PDF downloads for portal customers."""
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404


def _account_dir(account_number: str) -> Path:
    return (Path(settings.INVOICE_ARCHIVE_ROOT) / account_number).resolve()


def resolve_invoice(account_number: str, name: str) -> Path:
    base = _account_dir(account_number)
    candidate = (base / name).resolve()
    if not candidate.is_relative_to(base) or candidate.suffix.lower() != ".pdf":
        raise Http404("invoice not found")
    if not candidate.is_file():
        raise Http404("invoice not found")
    return candidate


@login_required
def download_invoice(request):
    path = resolve_invoice(request.user.customer.account_number, request.GET.get("name", ""))
    return FileResponse(path.open("rb"), as_attachment=True, filename=path.name)
