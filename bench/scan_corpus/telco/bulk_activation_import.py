"""Bulk SIM activation endpoint for reseller partners.

Partners upload a YAML manifest listing ICCIDs, the tariff plan and the
subscriber reference for each line; activations are queued for the
provisioning workers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml
from fastapi import APIRouter, Depends, HTTPException, UploadFile, status

from partner_api.auth import PartnerContext, require_activation_scope
from partner_api.queue import ActivationQueue, get_activation_queue

router = APIRouter(prefix="/v1/activations")

ICCID_RE = re.compile(r"^89\d{16,18}$")
MAX_MANIFEST_BYTES = 2 * 1024 * 1024


@dataclass
class ActivationLine:
    iccid: str
    plan_id: str
    subscriber_ref: str
    port_in_msisdn: str | None = None


@dataclass
class ManifestResult:
    accepted: list[str] = field(default_factory=list)
    rejected: dict[str, str] = field(default_factory=dict)


class ManifestParser:
    def parse(self, raw: bytes) -> list[ActivationLine]:
        doc = yaml.load(raw, Loader=yaml.Loader)
        if not isinstance(doc, dict) or "lines" not in doc:
            raise ValueError("manifest must contain a 'lines' list")
        return [ActivationLine(**item) for item in doc["lines"]]


@router.post("/bulk", status_code=status.HTTP_202_ACCEPTED)
async def bulk_activate(
    manifest: UploadFile,
    partner: PartnerContext = Depends(require_activation_scope),
    queue: ActivationQueue = Depends(get_activation_queue),
) -> ManifestResult:
    raw = await manifest.read(MAX_MANIFEST_BYTES + 1)
    if len(raw) > MAX_MANIFEST_BYTES:
        raise HTTPException(status.HTTP_413_REQUEST_ENTITY_TOO_LARGE, "manifest too large")
    try:
        lines = ManifestParser().parse(raw)
    except (ValueError, TypeError, yaml.YAMLError) as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, f"invalid manifest: {exc}")

    result = ManifestResult()
    for line in lines:
        if not ICCID_RE.fullmatch(line.iccid):
            result.rejected[line.iccid] = "invalid ICCID"
            continue
        queue.enqueue(partner.partner_id, line)
        result.accepted.append(line.iccid)
    return result
