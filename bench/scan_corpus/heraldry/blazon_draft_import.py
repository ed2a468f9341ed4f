"""Lets members upload a blazon draft written in the studio's YAML format.

Example upload:

    armiger: Jane Ashdown
    field: azure
    ordinary: {type: chevron, tincture: or}
    charges:
      - {charge: escallop, tincture: argent, count: 3}
    motto: Fide et Labore
"""
from dataclasses import dataclass, field
from typing import Any

import yaml
from flask import Blueprint, abort, g, jsonify, request

bp = Blueprint("blazon_drafts", __name__)

MAX_DRAFT_BYTES = 64 * 1024


@dataclass
class BlazonDraft:
    armiger: str
    field: str
    ordinary: dict[str, Any] | None = None
    charges: list[dict[str, Any]] = field(default_factory=list)
    motto: str | None = None

    def to_blazon(self) -> str:
        parts = [self.field.capitalize()]
        if self.ordinary:
            parts.append(f"a {self.ordinary['type']} {self.ordinary['tincture']}")
        for c in self.charges:
            parts.append(f"{'between' if self.ordinary else ''} {c.get('count', 1)} "
                         f"{c['charge']}s {c['tincture']}".strip())
        return ", ".join(parts)


def parse_draft(text: str) -> BlazonDraft:
    data = yaml.load(text, Loader=yaml.Loader)
    if not isinstance(data, dict) or "field" not in data:
        raise ValueError("draft must be a mapping with at least a field tincture")
    return BlazonDraft(
        armiger=str(data.get("armiger", "")),
        field=str(data["field"]),
        ordinary=data.get("ordinary"),
        charges=list(data.get("charges") or []),
        motto=data.get("motto"),
    )


@bp.post("/portal/drafts/import")
def import_draft():
    upload = request.files.get("draft")
    if upload is None:
        abort(400)
    raw = upload.stream.read(MAX_DRAFT_BYTES + 1)
    if len(raw) > MAX_DRAFT_BYTES:
        abort(413)
    try:
        draft = parse_draft(raw.decode("utf-8"))
    except (ValueError, yaml.YAMLError, UnicodeDecodeError):
        abort(422)
    g.drafts.save(g.member.id, draft)
    return jsonify({"preview": draft.to_blazon()})
