"""Unpack design packs from freelance sculptors working on commissions.

Larger living-willow pieces (tunnels, domes, figures) are sometimes designed
by freelance sculptors, who upload a zip of drawings, planting grids and
photos. The pack is unpacked into the commission's working folder.
"""

import os
import zipfile
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from commissions.models import Commission

MAX_PACK_BYTES = 200 * 1024 * 1024


def unpack_design_pack(archive: zipfile.ZipFile, dest: Path) -> list[str]:
    written = []
    for member in archive.infolist():
        if member.is_dir():
            continue
        target = os.path.join(dest, member.filename)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with archive.open(member) as src, open(target, "wb") as out:
            while chunk := src.read(1024 * 1024):
                out.write(chunk)
        written.append(member.filename)
    return written


@login_required
@require_POST
def upload_design_pack(request, commission_id: int):
    commission = get_object_or_404(Commission, pk=commission_id, sculptors=request.user)
    upload = request.FILES.get("pack")
    if upload is None or upload.size > MAX_PACK_BYTES:
        return HttpResponseBadRequest("missing or oversized design pack")
    if not zipfile.is_zipfile(upload):
        return HttpResponseBadRequest("design packs must be zip files")
    upload.seek(0)
    dest = Path(settings.COMMISSION_FILES_ROOT) / commission.folder_name / "design-pack"
    dest.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(upload) as archive:
        files = unpack_design_pack(archive, dest)
    commission.design_pack_files = files
    commission.save(update_fields=["design_pack_files"])
    return JsonResponse({"commission": commission.pk, "files": len(files)})
