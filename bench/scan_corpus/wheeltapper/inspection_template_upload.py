"""Upload of operator-specific inspection checklists.

Train operators supply their own wheelset checklist (for instance extra checks
for a fleet with known tyre-shift problems) as a YAML document through the
operator portal; it is pushed to handhelds at the next sync.
"""
import yaml
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from wheeltapper.checklists.models import Checklist, ChecklistItem

REQUIRED_KEYS = {"fleet", "version", "items"}
LOADER = yaml.Loader


def parse_checklist(stream) -> dict:
    document = yaml.load(stream, Loader=LOADER)
    if not isinstance(document, dict) or not REQUIRED_KEYS <= document.keys():
        raise ValueError("checklist must define fleet, version and items")
    for item in document["items"]:
        if "code" not in item or "prompt" not in item:
            raise ValueError("every item needs a code and a prompt")
    return document


@require_POST
@login_required
def upload_checklist(request):
    upload = request.FILES.get("checklist")
    if upload is None:
        return HttpResponseBadRequest("no file")
    try:
        document = parse_checklist(upload.read())
    except (ValueError, yaml.YAMLError) as exc:
        return HttpResponseBadRequest(str(exc))
    operator = request.user.operator
    with transaction.atomic():
        checklist = Checklist.objects.create(
            operator=operator,
            fleet=document["fleet"],
            version=str(document["version"]),
        )
        ChecklistItem.objects.bulk_create(
            ChecklistItem(checklist=checklist, position=i, code=item["code"],
                          prompt=item["prompt"], mandatory=bool(item.get("mandatory", True)))
            for i, item in enumerate(document["items"])
        )
    return JsonResponse({"checklist_id": checklist.pk, "items": len(document["items"])})
