"""Signed QR links printed on job cards.

Every job card that travels with a stillage of parts carries a QR code. Scanning
it on a workshop tablet opens the job, and the signature stops anyone from
editing the URL to reach other customers' jobs.
"""
import base64
import hashlib
import hmac
from dataclasses import dataclass
from hmac import compare_digest as same
from urllib.parse import urlencode

from django.conf import settings
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404, render

from jobs.models import JobCard


@dataclass(frozen=True)
class QrSigner:
    key: bytes
    base_url: str

    def _mac(self, job_no: str, revision: int) -> str:
        msg = f"{job_no}:{revision}".encode()
        raw = hmac.new(self.key, msg, hashlib.sha256).digest()[:16]
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

    def url_for(self, card: JobCard) -> str:
        query = urlencode({"r": card.revision, "s": self._mac(card.job_no, card.revision)})
        return f"{self.base_url}/jc/{card.job_no}?{query}"

    def check(self, job_no: str, revision: int, sig: str) -> bool:
        return same(self._mac(job_no, revision), sig)


def signer() -> QrSigner:
    return QrSigner(settings.JOB_CARD_QR_KEY.encode(), settings.WORKSHOP_BASE_URL)


def open_job_card(request: HttpRequest, job_no: str):
    try:
        revision = int(request.GET.get("r", ""))
    except ValueError:
        raise Http404
    if not signer().check(job_no, revision, request.GET.get("s", "")):
        raise Http404
    card = get_object_or_404(JobCard, job_no=job_no, revision=revision)
    return render(request, "jobs/card_tablet.html", {"card": card})
