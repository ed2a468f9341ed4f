"""Serves blank IRS / state form PDFs that preparers attach to paper returns."""
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest

FORMS_SUBDIR = "blank_forms"


def _forms_dir(tax_year: int) -> str:
    return os.path.join(settings.MEDIA_ROOT, FORMS_SUBDIR, str(tax_year))


def _resolve(tax_year: int, form_name: str) -> str:
    if not form_name.lower().endswith(".pdf"):
        form_name = f"{form_name}.pdf"
    return os.path.join(_forms_dir(tax_year), form_name)


@login_required
def blank_form(request: HttpRequest, tax_year: int):
    form_name = request.GET.get("form", "f1040")
    path = _resolve(tax_year, form_name)
    if not os.path.exists(path):
        raise Http404("Form not available for that year")
    return FileResponse(
        open(path, "rb"),
        content_type="application/pdf",
        filename=os.path.basename(path),
    )
