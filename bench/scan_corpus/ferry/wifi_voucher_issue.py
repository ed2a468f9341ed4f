"""Voucher issuing for the onboard Wi-Fi portal (till integration).

The till calls this service when a passenger buys a data bundle; the code
comes back in the response and is printed on the receipt.
"""
import secrets
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, request

from portal.auth import require_till
from portal.models import Voucher, db

bp = Blueprint("vouchers", __name__, url_prefix="/till/vouchers")

READABLE = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1L")
GROUP, GROUPS = 4, 3

BUNDLES = {"250mb": (250, 6), "1gb": (1024, 6), "unlimited": (None, 24)}


def generate_code() -> str:
    groups = ("".join(secrets.choice(READABLE) for _ in range(GROUP)) for _ in range(GROUPS))
    return "-".join(groups)


@bp.route("", methods=["POST"])
@require_till
def create_voucher():
    body = request.get_json(silent=True) or {}
    bundle = body.get("bundle")
    if bundle not in BUNDLES:
        abort(400, "unknown bundle")
    quota_mb, hours = BUNDLES[bundle]
    now = datetime.now(timezone.utc)

    code = generate_code()
    while Voucher.query.filter_by(code=code).first() is not None:
        code = generate_code()

    voucher = Voucher(code=code, bundle=bundle, quota_mb=quota_mb, issued_at=now,
                      expires_at=now + timedelta(hours=hours), till_id=request.till_id)
    db.session.add(voucher)
    db.session.commit()
    return jsonify({"code": code, "expires_at": voucher.expires_at.isoformat()}), 201
