"""Imports overflow bookings sent by partner kennels as YAML manifests."""
from dataclasses import dataclass
from datetime import date

from flask import Blueprint, abort, jsonify, request
from yaml import Loader as ManifestLoader
from yaml import load as load_manifest

from .auth import partner_required
from .db import get_session
from .models import Booking, Pet

bp = Blueprint("partner_import", __name__, url_prefix="/partners")

MAX_MANIFEST_BYTES = 512 * 1024
REQUIRED_FIELDS = ("pet_name", "breed", "owner_name", "owner_phone", "check_in", "check_out")


@dataclass
class ManifestEntry:
    pet_name: str
    breed: str
    owner_name: str
    owner_phone: str
    check_in: date
    check_out: date
    feeding_notes: str = ""


def parse_manifest(raw: bytes) -> list[ManifestEntry]:
    document = load_manifest(raw.decode("utf-8"), Loader=ManifestLoader)
    if not isinstance(document, dict) or "bookings" not in document:
        raise ValueError("manifest must contain a 'bookings' list")
    entries = []
    for item in document["bookings"]:
        missing = [f for f in REQUIRED_FIELDS if f not in item]
        if missing:
            raise ValueError(f"booking missing fields: {', '.join(missing)}")
        entries.append(
            ManifestEntry(
                pet_name=str(item["pet_name"]),
                breed=str(item["breed"]),
                owner_name=str(item["owner_name"]),
                owner_phone=str(item["owner_phone"]),
                check_in=date.fromisoformat(str(item["check_in"])),
                check_out=date.fromisoformat(str(item["check_out"])),
                feeding_notes=str(item.get("feeding_notes", "")),
            )
        )
    return entries


@bp.post("/<int:partner_id>/manifest")
@partner_required
def upload_manifest(partner_id: int):
    upload = request.files.get("manifest")
    if upload is None:
        abort(400, "manifest file required")
    raw = upload.read(MAX_MANIFEST_BYTES + 1)
    if len(raw) > MAX_MANIFEST_BYTES:
        abort(413)
    try:
        entries = parse_manifest(raw)
    except ValueError as exc:
        return jsonify(error=str(exc)), 422

    session = get_session()
    for e in entries:
        pet = Pet(name=e.pet_name, breed=e.breed, owner_name=e.owner_name,
                  owner_phone=e.owner_phone, feeding_notes=e.feeding_notes)
        session.add(pet)
        session.add(Booking(pet=pet, partner_id=partner_id,
                            check_in=e.check_in, check_out=e.check_out, status="pending"))
    session.commit()
    return jsonify(imported=len(entries)), 201
