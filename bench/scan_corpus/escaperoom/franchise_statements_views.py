"""Franchisee portal: download generated monthly statements."""
import re
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest
from django.shortcuts import get_object_or_404

from franchise.models import Franchise

PERIOD_RE = re.compile(r"\d{4}-(0[1-9]|1[0-2])")


def _statement_root(franchise: Franchise) -> Path:
    return Path(settings.STATEMENT_ROOT) / franchise.code


@login_required
def statement_download(request: HttpRequest):
    franchise = get_object_or_404(Franchise, owners=request.user)
    period = request.GET.get("period", "")
    if not PERIOD_RE.fullmatch(period):
        raise Http404("statement not found")
    path = _statement_root(franchise) / f"statement-{period}.pdf"
    if not path.is_file():
        raise Http404("statement not found")
    return FileResponse(path.open("rb"), as_attachment=True, filename=path.name)
