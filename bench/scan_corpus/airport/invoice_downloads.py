"""Airline portal: download of issued invoices and supporting documents.

Invoices are written by the billing run to
``INVOICE_ROOT/<airline code>/<year>/<file>`` and listed in the portal.
"""
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, JsonResponse


def _airline_for(user) -> str:
    profile = getattr(user, "airline_profile", None)
    if profile is None:
        raise PermissionDenied("no airline linked to this account")
    return profile.iata_code


@login_required
def list_invoices(request, year: int):
    airline = _airline_for(request.user)
    folder = Path(settings.INVOICE_ROOT) / airline / str(year)
    files = sorted(p.name for p in folder.glob("*.pdf")) if folder.is_dir() else []
    return JsonResponse({"airline": airline, "year": year, "files": files})


@login_required
def download_invoice(request, year: int):
    airline = _airline_for(request.user)
    name = request.GET.get("file", "")
    if not name:
        raise Http404("no file requested")
    path = Path(settings.INVOICE_ROOT) / airline / str(year) / name
    if not path.is_file():
        raise Http404("invoice not found")
    return FileResponse(path.open("rb"), as_attachment=True, filename=path.name)
