"""OCPI roaming callbacks from eMSP partners (session and CDR pushes)."""
import hmac
import os

from flask import Blueprint, abort, jsonify, request

from roaming.cdrs import store_cdr
from roaming.partners import partner_by_party_id

bp = Blueprint("ocpi_callbacks", __name__, url_prefix="/ocpi/2.2.1")


def _authorized_partner():
    auth = request.headers.get("Authorization", "")
    scheme, _, presented = auth.partition(" ")
    if scheme != "Token" or not presented:
        abort(401)
    party_id = request.headers.get("OCPI-from-party-id", "")
    partner = partner_by_party_id(party_id)
    if partner is None:
        abort(401)
    expected = os.environ[f"OCPI_TOKEN_{partner.env_suffix}"]
    if not hmac.compare_digest(presented.encode(), expected.encode()):
        abort(401)
    return partner


@bp.post("/cdrs")
def receive_cdr():
    partner = _authorized_partner()
    cdr = request.get_json(force=True)
    if cdr.get("country_code") != partner.country_code:
        return jsonify({"status_code": 2001, "status_message": "country mismatch"}), 400
    store_cdr(partner.party_id, cdr)
    return jsonify({"status_code": 1000, "status_message": "Success"})
