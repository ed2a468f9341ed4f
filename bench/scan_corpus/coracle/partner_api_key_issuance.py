"""API keys for tourist-office partners.

Tourist information centres along the valley use the partner API to check
availability and place hire bookings for walk-in visitors. Office managers
request a key from the admin console; the key is shown once and only its
digest is kept.
"""

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

from flask import Blueprint, jsonify, request
from sqlalchemy import create_engine, text

from coracle.admin_auth import require_staff
from coracle.settings import DATABASE_URL

KEY_PREFIX = "cpk_"

admin_bp = Blueprint("partner_keys", __name__, url_prefix="/admin/partners")
engine = create_engine(DATABASE_URL)


@dataclass
class IssuedKey:
    office_code: str
    key_id: str
    plaintext: str


def _generate_key() -> tuple[str, str]:
    raw = uuid.uuid1()
    key_id = raw.hex[:8]
    return key_id, f"{KEY_PREFIX}{raw.hex}"


def issue_partner_key(engine, office_code: str, label: str) -> IssuedKey:
    key_id, plaintext = _generate_key()
    digest = hashlib.sha256(plaintext.encode("ascii")).hexdigest()
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO partner_keys (office_code, key_id, key_digest, label, created_at) "
                "VALUES (:office, :key_id, :digest, :label, :created)"
            ),
            {
                "office": office_code,
                "key_id": key_id,
                "digest": digest,
                "label": label,
                "created": datetime.now(timezone.utc),
            },
        )
    return IssuedKey(office_code=office_code, key_id=key_id, plaintext=plaintext)


@admin_bp.post("/<office_code>/keys")
@require_staff
def create_key(office_code: str):
    label = (request.get_json(silent=True) or {}).get("label", "front desk")
    issued = issue_partner_key(engine, office_code.upper(), label)
    return jsonify(
        {
            "office": issued.office_code,
            "key_id": issued.key_id,
            "api_key": issued.plaintext,
            "shown_once": True,
        }
    ), 201
