"""Import referee appointments published by the county referees' association.

The association exports appointments as XML (their schema uses DTD entities
for venue and competition names), and league admins upload the file here.
"""
from datetime import datetime

from django.contrib.auth.decorators import permission_required
from django.db import transaction
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree

from fixtures.models import Fixture, RefereeAppointment

PARSER_OPTIONS = dict(load_dtd=True, resolve_entities=True, remove_blank_text=True)


def parse_appointments(data: bytes) -> list[dict]:
    parser = etree.XMLParser(**PARSER_OPTIONS)
    root = etree.fromstring(data, parser=parser)
    appointments = []
    for node in root.iterfind("appointment"):
        appointments.append(
            {
                "fixture_ref": node.findtext("fixtureRef"),
                "referee_id": node.find("official").get("id"),
                "role": node.findtext("role", default="referee"),
                "kickoff": datetime.fromisoformat(node.findtext("kickoff")),
            }
        )
    return appointments


@require_POST
@permission_required("fixtures.change_refereeappointment")
def upload_appointments(request):
    upload = request.FILES.get("file")
    if upload is None:
        return JsonResponse({"error": "no file"}, status=400)
    rows = parse_appointments(upload.read())
    created = 0
    with transaction.atomic():
        for row in rows:
            fixture = Fixture.objects.filter(external_ref=row["fixture_ref"]).first()
            if fixture is None:
                continue
            RefereeAppointment.objects.update_or_create(
                fixture=fixture,
                role=row["role"],
                defaults={"referee_external_id": row["referee_id"]},
            )
            created += 1
    return JsonResponse({"imported": created, "skipped": len(rows) - created})
