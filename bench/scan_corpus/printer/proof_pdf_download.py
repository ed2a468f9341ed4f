"""Download views for soft-proof PDFs in the customer portal.

Prepress drops one or more proof PDFs per job revision into the proof store;
customers pick which one to download from the job page.
"""
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404

from orders.models import Job

PROOF_ROOT = Path(settings.PROOF_STORAGE_ROOT)


def _proof_dir(job: Job) -> Path:
    return PROOF_ROOT / str(job.customer_id) / job.reference


def _job_for_user(request, reference: str) -> Job:
    return get_object_or_404(Job, reference=reference, customer__users=request.user)


@login_required
def list_proofs(request, reference):
    job = _job_for_user(request, reference)
    names = sorted(p.name for p in _proof_dir(job).glob("*.pdf"))
    return JsonResponse({"job": job.reference, "proofs": names})


@login_required
def download_proof(request, reference):
    job = _job_for_user(request, reference)
    filename = request.GET.get("file", f"{job.reference}-proof.pdf")
    path = _proof_dir(job) / filename
    if not path.is_file():
        raise Http404("proof not found")
    return FileResponse(open(path, "rb"), as_attachment=True, filename=path.name)
