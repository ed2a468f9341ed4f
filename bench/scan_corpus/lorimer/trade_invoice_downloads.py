"""Let saddlers download their invoices and credit notes as PDF."""
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404

INVOICE_ROOT = Path(settings.MEDIA_ROOT, "trade", "invoices").resolve()
DOCUMENT_KINDS = {"invoice": "INV", "credit": "CRN"}


def account_folder(account_number: str) -> Path:
    return INVOICE_ROOT / account_number


def locate(account_number: str, relative: str) -> Path:
    base = account_folder(account_number).resolve()
    candidate = (base / relative).resolve()
    if not candidate.is_relative_to(base) or candidate.suffix.lower() != ".pdf":
        raise Http404("No such document")
    if not candidate.is_file():
        raise Http404("No such document")
    return candidate


@login_required
def list_documents(request):
    from django.http import JsonResponse

    account = request.user.trade_account
    folder = account_folder(account.number)
    docs = []
    for kind, prefix in DOCUMENT_KINDS.items():
        for pdf in sorted(folder.glob(f"{prefix}-*.pdf")):
            docs.append({"kind": kind, "file": pdf.name, "size": pdf.stat().st_size})
    return JsonResponse({"documents": docs})


@login_required
def download_document(request, filename: str):
    account = request.user.trade_account
    path = locate(account.number, filename)
    return FileResponse(path.open("rb"), as_attachment=True, filename=path.name)
