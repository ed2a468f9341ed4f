"""Seller portal views for listing and downloading monthly commission invoices."""
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import render


def _seller_invoice_dir(user) -> str:
    return os.path.join(settings.INVOICE_ROOT, str(user.seller_profile.id))


@login_required
def invoice_list(request):
    directory = _seller_invoice_dir(request.user)
    try:
        files = sorted(
            (f for f in os.listdir(directory) if f.endswith(".pdf")),
            reverse=True,
        )
    except FileNotFoundError:
        files = []
    return render(request, "seller/invoices.html", {"invoices": files})


@login_required
def invoice_download(request):
    filename = request.GET.get("file", "")
    if not filename:
        raise Http404("No invoice requested")
    path = os.path.join(_seller_invoice_dir(request.user), filename)
    if not os.path.isfile(path):
        raise Http404("Invoice not found")
    return FileResponse(open(path, "rb"), as_attachment=True, filename=os.path.basename(path))
