"""Equipment manuals and grinding guides for the technician tablet.

Each van carries a belt grinder, a wet wheel and a scissor jig; the
tablet can pull the vendor manuals and our in-house angle guides.
"""
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, JsonResponse

MANUALS_ROOT = os.path.realpath(settings.TECHNICIAN_MANUALS_DIR)
ALLOWED_EXTENSIONS = (".pdf", ".mp4", ".png")


def _within_root(path: str) -> bool:
    return os.path.commonpath([MANUALS_ROOT, path]) == MANUALS_ROOT


def resolve_manual(relative_name: str) -> str:
    full = os.path.realpath(os.path.join(MANUALS_ROOT, relative_name))
    if not _within_root(full) or not full.endswith(ALLOWED_EXTENSIONS):
        raise Http404("manual not found")
    if not os.path.isfile(full):
        raise Http404("manual not found")
    return full


@login_required
def manual_index(request):
    entries = []
    for dirpath, _dirnames, filenames in os.walk(MANUALS_ROOT):
        for name in sorted(filenames):
            if name.endswith(ALLOWED_EXTENSIONS):
                rel = os.path.relpath(os.path.join(dirpath, name), MANUALS_ROOT)
                entries.append({"path": rel, "size": os.path.getsize(os.path.join(dirpath, name))})
    return JsonResponse({"manuals": entries})


@login_required
def manual_download(request):
    path = resolve_manual(request.GET.get("name", ""))
    return FileResponse(open(path, "rb"), as_attachment=False, filename=os.path.basename(path))
