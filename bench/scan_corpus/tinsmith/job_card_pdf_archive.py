"""Archive of printed job card PDFs, looked up by job card id.

When a job card is printed the renderer stores the PDF and records its location
in `job_card_documents`; the download view only serves files registered there.
"""
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest
from django.shortcuts import get_object_or_404

from jobs.models import JobCard, JobCardDocument


def archive_root() -> Path:
    return Path(settings.JOB_CARD_ARCHIVE_ROOT)


def register_pdf(card: JobCard, revision: int, pdf_bytes: bytes) -> JobCardDocument:
    relative = Path(str(card.created_at.year)) / f"{card.pk:08d}" / f"rev{revision:02d}.pdf"
    target = archive_root() / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(pdf_bytes)
    return JobCardDocument.objects.create(
        job_card=card, revision=revision, stored_path=str(relative), size=len(pdf_bytes)
    )


@login_required
def download_job_card(request: HttpRequest, card_id: int, revision: int | None = None):
    card = get_object_or_404(JobCard, pk=card_id)
    if not request.user.has_perm("jobs.view_jobcard", card):
        raise Http404
    docs = JobCardDocument.objects.filter(job_card=card).order_by("-revision")
    doc = docs.filter(revision=revision).first() if revision is not None else docs.first()
    if doc is None:
        raise Http404("no PDF for that job card")
    path = archive_root() / doc.stored_path
    if not path.exists():
        raise Http404("PDF missing from archive")
    return FileResponse(
        path.open("rb"),
        as_attachment=False,
        filename=f"{card.job_no}-rev{doc.revision:02d}.pdf",
        content_type="application/pdf",
    )
