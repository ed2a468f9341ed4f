"""Import of order confirmations uploaded by partner lens labs.

Smaller independent labs don't have an API; they upload a YAML confirmation
file through the supplier portal for each batch of jobs. Each document lists
the job numbers, the lens blanks used and the promised dispatch date.
"""
import logging
from datetime import date

import yaml
from django.contrib.auth.decorators import permission_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from labs.models import LabJob

log = logging.getLogger(__name__)

YAML_OPTS = {"Loader": yaml.Loader}


def _parse_confirmation(stream) -> dict:
    doc = yaml.load(stream, **YAML_OPTS)
    if not isinstance(doc, dict) or "jobs" not in doc:
        raise ValueError("confirmation must contain a 'jobs' list")
    return doc


@require_POST
@permission_required("labs.upload_confirmation")
def upload_confirmation(request):
    upload = request.FILES.get("confirmation")
    if upload is None:
        return HttpResponseBadRequest("missing file")
    try:
        doc = _parse_confirmation(upload.read().decode("utf-8"))
    except (ValueError, yaml.YAMLError) as exc:
        return HttpResponseBadRequest(str(exc))

    updated = 0
    for entry in doc["jobs"]:
        job = LabJob.objects.filter(
            job_number=entry["job_number"], lab=request.user.supplier.lab
        ).first()
        if job is None:
            continue
        job.blank_code = entry.get("blank")
        job.promised_dispatch = date.fromisoformat(str(entry["dispatch"]))
        job.status = LabJob.Status.CONFIRMED
        job.save()
        updated += 1
    log.info("lab %s confirmed %d jobs", request.user.supplier.lab_id, updated)
    return JsonResponse({"updated": updated})
