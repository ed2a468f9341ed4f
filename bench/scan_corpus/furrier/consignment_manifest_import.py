"""Imports garment manifests uploaded by partner boutiques.

Boutiques that send their customers' coats to our vault for the summer
upload a YAML manifest listing each garment before the van arrives.
"""
import logging
from dataclasses import dataclass
from decimal import Decimal

import yaml
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from .models import IncomingGarment, PartnerBoutique

log = logging.getLogger("furrier.consignment")

MAX_MANIFEST_BYTES = 2 * 1024 * 1024


@dataclass
class ManifestLine:
    partner_ref: str
    species: str
    style: str
    owner_name: str
    declared_value: Decimal


def parse_manifest(raw: bytes) -> list:
    document = yaml.load(raw, Loader=yaml.Loader)
    lines = []
    for item in document.get("garments", []):
        lines.append(
            ManifestLine(
                partner_ref=str(item["ref"]),
                species=str(item.get("species", "unknown")).lower(),
                style=str(item.get("style", "")),
                owner_name=str(item["owner"]),
                declared_value=Decimal(str(item.get("value", "0"))),
            )
        )
    return lines


@login_required
@require_POST
def upload_manifest(request, partner_id: int):
    partner = PartnerBoutique.objects.get(pk=partner_id, users=request.user)
    upload = request.FILES.get("manifest")
    if upload is None or upload.size > MAX_MANIFEST_BYTES:
        return HttpResponseBadRequest("manifest missing or too large")
    try:
        lines = parse_manifest(upload.read())
    except (yaml.YAMLError, KeyError, AttributeError):
        log.warning("unreadable manifest from partner %s", partner.pk, exc_info=True)
        return HttpResponseBadRequest("could not read manifest")
    with transaction.atomic():
        for line in lines:
            IncomingGarment.objects.create(
                partner=partner,
                partner_ref=line.partner_ref,
                species=line.species,
                style=line.style,
                owner_name=line.owner_name,
                declared_value=line.declared_value,
            )
    log.info("partner %s uploaded %d garments", partner.pk, len(lines))
    return JsonResponse({"imported": len(lines)})
