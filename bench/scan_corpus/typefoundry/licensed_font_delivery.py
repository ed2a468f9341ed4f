"""Django views that deliver licensed font files to paying customers."""

from __future__ import annotations

import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from .models import FontFile, Licence

FORMAT_SUFFIXES = {"otf": ".otf", "ttf": ".ttf", "woff2": ".woff2"}
CONTENT_TYPES = {"otf": "font/otf", "ttf": "font/ttf", "woff2": "font/woff2"}


def storage_path(font_file: FontFile, fmt: str) -> str:
    """Files are stored by numeric ids assigned when the release is published."""
    return os.path.join(
        settings.FONT_STORAGE_ROOT,
        str(font_file.family_id),
        f"{font_file.pk}{FORMAT_SUFFIXES[fmt]}",
    )


@login_required
@require_GET
def licence_files(request: HttpRequest, licence_id: int) -> JsonResponse:
    licence = get_object_or_404(Licence, pk=licence_id, customer=request.user.customer)
    files = FontFile.objects.filter(family__in=licence.families.all()).order_by("family", "weight")
    return JsonResponse(
        {
            "licence": licence.pk,
            "files": [
                {"id": f.pk, "style": f.style_name, "formats": sorted(FORMAT_SUFFIXES)}
                for f in files
            ],
        }
    )


@login_required
@require_GET
def download_font(request: HttpRequest, licence_id: int, file_id: int, fmt: str) -> FileResponse:
    if fmt not in FORMAT_SUFFIXES:
        raise Http404("unknown format")
    if fmt == "woff2" and not request.user.customer.has_webfont_licence(licence_id):
        raise Http404("format not covered by licence")

    licence = get_object_or_404(
        Licence, pk=licence_id, customer=request.user.customer, revoked=False
    )
    font_file = get_object_or_404(FontFile, pk=file_id, family__in=licence.families.all())

    path = storage_path(font_file, fmt)
    if not os.path.isfile(path):
        raise Http404("file not available")

    download_name = f"{font_file.family.slug}-{font_file.style_slug}{FORMAT_SUFFIXES[fmt]}"
    response = FileResponse(
        open(path, "rb"),
        as_attachment=True,
        filename=download_name,
        content_type=CONTENT_TYPES[fmt],
    )
    response["Cache-Control"] = "private, no-store"
    return response
