"""Import exhibition entries that members upload as a manifest file."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Callable

import yaml
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

log = logging.getLogger(__name__)

MAX_MANIFEST_BYTES = 256 * 1024

_MANIFEST_READERS: dict[str, Callable[[str], object]] = {
    "json": json.loads,
    "yaml": lambda text: yaml.load(text, Loader=yaml.Loader),
}


@dataclass
class EntryPiece:
    title: str
    category: str
    technique: str
    width_cm: float
    height_cm: float
    for_sale: bool = False


def _reader_for(filename: str) -> Callable[[str], object]:
    suffix = filename.rsplit(".", 1)[-1].lower()
    if suffix == "yml":
        suffix = "yaml"
    try:
        return _MANIFEST_READERS[suffix]
    except KeyError:
        raise ValueError("manifest must be .json or .yaml") from None


def parse_manifest(filename: str, text: str) -> list[EntryPiece]:
    data = _reader_for(filename)(text)
    if not isinstance(data, dict) or not isinstance(data.get("pieces"), list):
        raise ValueError("manifest needs a 'pieces' list")
    pieces = []
    for item in data["pieces"]:
        pieces.append(EntryPiece(
            title=str(item["title"])[:120],
            category=str(item["category"]),
            technique=str(item.get("technique", "")),
            width_cm=float(item["width_cm"]),
            height_cm=float(item["height_cm"]),
            for_sale=bool(item.get("for_sale", False)),
        ))
    return pieces


@login_required
@require_POST
def upload_entry_manifest(request: HttpRequest, exhibition_id: int) -> JsonResponse:
    upload = request.FILES.get("manifest")
    if upload is None or upload.size > MAX_MANIFEST_BYTES:
        return JsonResponse({"error": "missing or oversized manifest"}, status=400)
    try:
        pieces = parse_manifest(upload.name, upload.read().decode("utf-8"))
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    log.info("member %s submitted %d pieces to exhibition %s",
             request.user.pk, len(pieces), exhibition_id)
    return JsonResponse({"accepted": [p.title for p in pieces]}, status=201)
