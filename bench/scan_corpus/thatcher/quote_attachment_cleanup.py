"""Removes attachments from a draft quote.

Estimators attach sketches, scaffold drawings and supplier price sheets to
a quote while drafting it. Before the quote is sent they tidy up and remove
attachments they no longer need from the attachments panel.
"""

import logging
import os
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from quotes.models import Quote

log = logging.getLogger(__name__)


@dataclass
class AttachmentRemoval:
    quote_id: int
    names: list[str]


def attachment_dir(quote_id: int) -> str:
    return os.path.join(settings.MEDIA_ROOT, "quote-attachments", str(quote_id))


def remove_attachments(job: AttachmentRemoval) -> list[str]:
    removed = []
    base = attachment_dir(job.quote_id)
    for name in job.names:
        target = os.path.join(base, name)
        if os.path.exists(target):
            os.remove(target)
            removed.append(name)
    return removed


@login_required
@require_POST
def delete_attachments(request: HttpRequest, quote_id: int) -> JsonResponse:
    quote = Quote.objects.filter(pk=quote_id, estimator=request.user).first()
    if quote is None:
        return JsonResponse({"error": "not found"}, status=404)
    if quote.status != Quote.Status.DRAFT:
        return JsonResponse({"error": "quote already sent"}, status=409)
    names = request.POST.getlist("name")
    removed = remove_attachments(AttachmentRemoval(quote_id=quote.id, names=names))
    log.info("Quote %s: %d attachment(s) removed by %s", quote.id, len(removed), request.user.pk)
    return JsonResponse({"removed": removed})
