"""Signed approval PDFs: stored when a customer approves, served back on request.

Files are addressed by the approval record id; the on-disk path is decided
here when the PDF is stored and kept in the database.
"""
import hashlib
import os
import uuid
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404

from approvals.models import Approval


def _storage_root() -> Path:
    return Path(settings.APPROVAL_PDF_ROOT)


def store_signed_pdf(approval: Approval, pdf_bytes: bytes) -> Path:
    """Write the signed PDF under a generated name and record where it went."""
    folder = _storage_root() / f"{approval.created_at:%Y/%m}"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{uuid.uuid4().hex}.pdf"
    with open(path, "xb") as fh:
        fh.write(pdf_bytes)
    approval.pdf_path = str(path.relative_to(_storage_root()))
    approval.pdf_sha256 = hashlib.sha256(pdf_bytes).hexdigest()
    approval.save(update_fields=["pdf_path", "pdf_sha256"])
    return path


@login_required
def download_signed_pdf(request, approval_id: int):
    approval = get_object_or_404(Approval, pk=approval_id)
    if not request.user.has_perm("approvals.view_approval", approval):
        raise Http404
    if not approval.pdf_path:
        raise Http404
    path = _storage_root() / approval.pdf_path
    if not os.path.isfile(path):
        raise Http404
    filename = f"{approval.job.reference}-approval-rev{approval.revision}.pdf"
    return FileResponse(open(path, "rb"), as_attachment=True, filename=filename)
