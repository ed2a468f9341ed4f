"""Invoice PDF retrieval for trade customers.

Invoices are rendered by the accounting system into a per-account folder.
Trade customers download them from the portal by file name as listed in
their statement page.
"""
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import render

INVOICE_ROOT = os.path.realpath(settings.INVOICE_PDF_ROOT)


def account_folder(account_id: int) -> str:
    return os.path.join(INVOICE_ROOT, f"acct_{account_id:06d}")


def locate_invoice(account_id: int, filename: str) -> str:
    base = account_folder(account_id)
    full = os.path.realpath(os.path.join(base, filename))
    if os.path.commonpath([base, full]) != base:
        raise Http404("invoice not found")
    if not os.path.isfile(full):
        raise Http404("invoice not found")
    return full


@login_required
def download_invoice(request, filename: str):
    account_id = request.user.trade_profile.account_id
    path = locate_invoice(account_id, filename)
    return FileResponse(
        open(path, "rb"),
        as_attachment=True,
        filename=os.path.basename(path),
        content_type="application/pdf",
    )


@login_required
def list_invoices(request):
    folder = account_folder(request.user.trade_profile.account_id)
    names = sorted(n for n in os.listdir(folder) if n.endswith(".pdf")) if os.path.isdir(folder) else []
    return render(request, "trade/invoices.html", {"invoices": names})
