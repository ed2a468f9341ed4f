"""Parses vaccination history exports that vet practices email or upload as XML."""
from dataclasses import dataclass
from datetime import date

from flask import Blueprint, abort, jsonify, request
from lxml import etree as ET

from .auth import staff_required
from .vaccinations import save_vaccinations

bp = Blueprint("vaccination_import", __name__, url_prefix="/staff/vaccinations")

PARSER_OPTIONS = {
    "load_dtd": True,
    "resolve_entities": True,
    "no_network": False,
    "huge_tree": False,
    "remove_blank_text": True,
}
REQUIRED_VACCINES = {"DHPP", "LEPTO", "KC"}


@dataclass
class Vaccination:
    microchip: str
    vaccine: str
    given_on: date
    expires_on: date
    practice: str


def _parser() -> ET.XMLParser:
    return ET.XMLParser(**PARSER_OPTIONS)


def parse_export(payload: bytes) -> list[Vaccination]:
    root = ET.fromstring(payload, parser=_parser())
    practice = root.findtext("Practice/Name", default="").strip()
    records = []
    for patient in root.iterfind("Patients/Patient"):
        chip = patient.findtext("Microchip", default="").strip()
        for vac in patient.iterfind("Vaccinations/Vaccination"):
            records.append(
                Vaccination(
                    microchip=chip,
                    vaccine=vac.get("code", "").upper(),
                    given_on=date.fromisoformat(vac.findtext("Given")),
                    expires_on=date.fromisoformat(vac.findtext("Expires")),
                    practice=practice,
                )
            )
    return records


def missing_cover(records: list[Vaccination], on: date) -> dict[str, set[str]]:
    """Return microchip -> vaccines that will not be valid on ``on``."""
    valid: dict[str, set[str]] = {}
    for r in records:
        if r.expires_on >= on:
            valid.setdefault(r.microchip, set()).add(r.vaccine)
    return {chip: REQUIRED_VACCINES - vaccines for chip, vaccines in valid.items()
            if REQUIRED_VACCINES - vaccines}


@bp.post("/import")
@staff_required
def import_export():
    upload = request.files.get("export")
    if upload is None:
        abort(400, "export file required")
    try:
        records = parse_export(upload.read())
    except (ET.XMLSyntaxError, TypeError, ValueError) as exc:
        return jsonify(error=f"could not read export: {exc}"), 422
    saved = save_vaccinations(records)
    gaps = missing_cover(records, date.today())
    return jsonify(saved=saved, gaps={k: sorted(v) for k, v in gaps.items()})
