"""Imports crew handover checklists supplied by partner boatyards.

Partner yards that take our boats for winter maintenance send their own
handover checklist as a YAML document; office staff upload it here and it
is turned into Checklist rows for the boat.
"""
import yaml
from django.contrib.auth.decorators import permission_required
from django.db import transaction
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from canalboat.checklists.models import Checklist, ChecklistItem
from canalboat.fleet.models import Boat


class ChecklistImporter:
    loader = yaml.Loader
    required_keys = ("boat", "title", "items")

    def parse(self, raw: bytes) -> dict:
        document = yaml.load(raw, Loader=self.loader)
        if not isinstance(document, dict):
            raise ValueError("checklist must be a mapping")
        missing = [k for k in self.required_keys if k not in document]
        if missing:
            raise ValueError(f"missing keys: {', '.join(missing)}")
        return document

    @transaction.atomic
    def save(self, document: dict, uploaded_by) -> Checklist:
        boat = Boat.objects.get(index_number=document["boat"])
        checklist = Checklist.objects.create(boat=boat, title=document["title"], created_by=uploaded_by)
        for position, item in enumerate(document["items"], start=1):
            ChecklistItem.objects.create(
                checklist=checklist,
                position=position,
                text=str(item.get("text", "")),
                requires_photo=bool(item.get("photo", False)),
            )
        return checklist


@require_POST
@permission_required("checklists.add_checklist")
def upload_checklist(request):
    upload = request.FILES.get("checklist")
    if upload is None:
        return HttpResponseBadRequest("no file")
    importer = ChecklistImporter()
    try:
        document = importer.parse(upload.read())
    except (ValueError, yaml.YAMLError) as exc:
        return HttpResponseBadRequest(str(exc))
    checklist = importer.save(document, request.user)
    return JsonResponse({"id": checklist.pk, "items": checklist.items.count()}, status=201)
