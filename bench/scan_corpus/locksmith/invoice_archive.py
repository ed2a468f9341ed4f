"""Serve archived invoice PDFs to customers in the portal."""
import os
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.utils.decorators import method_decorator
from django.views import View


class InvoiceArchive:
    root = Path(getattr(settings, "INVOICE_ARCHIVE_ROOT", "/srv/invoices"))

    def __init__(self, account_number: str):
        self.account_number = account_number

    def path_for(self, filename: str) -> Path:
        return self.root / self.account_number / filename

    def open(self, filename: str):
        path = self.path_for(filename)
        if not path.is_file():
            raise FileNotFoundError(filename)
        return path.open("rb")


@method_decorator(login_required, name="dispatch")
class InvoiceDownloadView(View):
    def get(self, request, *args, **kwargs):
        archive = InvoiceArchive(request.user.customer.account_number)
        filename = request.GET.get("name", "")
        try:
            fh = archive.open(filename)
        except FileNotFoundError:
            raise Http404("invoice not found")
        return FileResponse(fh, as_attachment=True, filename=os.path.basename(filename))
