"""Django views that let licence holders download their printed licence certificates."""

import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import render
from django.views.decorators.http import require_GET

from .models import Licence


@login_required
@require_GET
def certificate_list(request):
    licences = (
        Licence.objects.filter(holder=request.user)
        .select_related("hut")
        .order_by("-season")
    )
    items = [
        {
            "season": lic.season,
            "hut": lic.hut.number,
            "file": f"{lic.season}-{lic.hut.number}.pdf",
        }
        for lic in licences
    ]
    return render(request, "licences/certificate_list.html", {"items": items})


@login_required
@require_GET
def certificate_download(request):
    requested = request.GET.get("file", "")
    if not requested.endswith(".pdf"):
        raise Http404("Unknown certificate")
    holder_dir = os.path.join(settings.LICENCE_CERTIFICATE_DIR, str(request.user.pk))
    full_path = os.path.join(holder_dir, requested)
    if not os.path.exists(full_path):
        raise Http404("Unknown certificate")
    return FileResponse(
        open(full_path, "rb"),
        as_attachment=True,
        filename=os.path.basename(full_path),
        content_type="application/pdf",
    )
