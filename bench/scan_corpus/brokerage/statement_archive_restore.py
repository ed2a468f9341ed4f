"""Restores archived statement bundles that customers request from the help centre.

Statements older than seven years are kept as tar.gz bundles from the previous
clearing firm; support agents upload a bundle and the PDFs are staged for the
customer's document inbox.
"""
import tarfile
import tempfile
from pathlib import Path

from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import StagedStatement

STAGING_ROOT = Path("/srv/statements/staging")


def extract_bundle(fileobj, dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=fileobj, mode="r:gz") as tf:
        pdfs = [m for m in tf.getmembers() if m.isfile() and m.name.lower().endswith(".pdf")]
        tf.extractall(path=dest, members=pdfs, filter="data")
    return sorted(p for p in dest.rglob("*.pdf") if p.is_file())


@require_POST
@staff_member_required
def restore_bundle(request, account_id: int):
    work = Path(tempfile.mkdtemp(prefix=f"restore-{account_id}-", dir=STAGING_ROOT))
    restored = extract_bundle(request.FILES["bundle"], work)
    StagedStatement.objects.bulk_create(
        StagedStatement(account_id=account_id, path=str(p), original_name=p.name) for p in restored
    )
    return JsonResponse({"account_id": account_id, "restored": len(restored)})
