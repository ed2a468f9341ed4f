"""Import allergen documentation packs uploaded by ingredient suppliers.

Suppliers upload a .zip with allergen declarations and certificates; the
files are stored under the supplier's folder in the QA document store.
"""
import shutil
import zipfile
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import SuspiciousFileOperation
from django.http import JsonResponse
from django.views.decorators.http import require_POST

MAX_MEMBERS = 200
MAX_TOTAL_BYTES = 50 * 1024 * 1024


def extract_pack(upload, supplier_id: int) -> list[Path]:
    dest = (Path(settings.SUPPLIER_DOCS_ROOT) / str(int(supplier_id))).resolve()
    dest.mkdir(parents=True, exist_ok=True)
    extracted: list[Path] = []
    with zipfile.ZipFile(upload) as zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS or sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
            raise SuspiciousFileOperation("allergen pack is too large")
        for info in infos:
            if info.is_dir():
                continue
            target = (dest / info.filename).resolve()
            if not target.is_relative_to(dest):
                raise SuspiciousFileOperation(f"refusing to extract {info.filename!r}")
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            extracted.append(target)
    return extracted


@require_POST
@login_required
def upload_allergen_pack(request):
    supplier = request.user.supplier_profile
    files = extract_pack(request.FILES["pack"], supplier.pk)
    root = Path(settings.SUPPLIER_DOCS_ROOT).resolve()
    return JsonResponse({"stored": [str(p.relative_to(root)) for p in files]})
