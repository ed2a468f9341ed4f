"""Callback endpoint the similarity-checking vendor calls when a report is ready."""
import hashlib
import hmac
import json
import logging

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import SimilarityReport
from .tasks import notify_instructor

log = logging.getLogger(__name__)


def _expected_signature(body: bytes) -> str:
    key = settings.SIMILARITY_VENDOR["webhook_secret"].encode()
    return hmac.new(key, body, hashlib.sha256).hexdigest()


@csrf_exempt
@require_POST
def report_ready(request: HttpRequest) -> HttpResponse:
    provided = request.headers.get("X-Signature", "")
    if not hmac.compare_digest(provided, _expected_signature(request.body)):
        return HttpResponseForbidden()
    try:
        event = json.loads(request.body)
        submission_ref = event["submission_id"]
        score = float(event["overall_match_percentage"])
    except (ValueError, KeyError):
        return HttpResponseBadRequest()

    updated = SimilarityReport.objects.filter(vendor_submission_id=submission_ref).update(
        status="complete", overall_score=score, viewer_url=event.get("viewer_url", "")
    )
    if updated:
        notify_instructor.delay(submission_ref)
    else:
        log.info("similarity callback for unknown submission %s", submission_ref)
    return HttpResponse(status=204)
