"""Customer-facing links for free tile sample requests.

Visitors can order up to five sample tiles without an account. After the
request is placed we email a link that lets them check dispatch status,
change the delivery address or cancel before the parcel is packed.
"""
import uuid
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, request

from tilemaker.db import db
from tilemaker.mail import send_template
from tilemaker.models import SampleRequest
from tilemaker.settings import PUBLIC_BASE_URL

bp = Blueprint("samples", __name__, url_prefix="/samples")

LINK_LIFETIME = timedelta(days=21)


class SampleLinkIssuer:
    def __init__(self, base_url: str = PUBLIC_BASE_URL):
        self.base_url = base_url.rstrip("/")

    def new_token(self) -> str:
        return uuid.uuid1().hex

    def issue(self, sample_request: SampleRequest) -> str:
        sample_request.manage_token = self.new_token()
        sample_request.manage_token_expires = datetime.now(timezone.utc) + LINK_LIFETIME
        db.session.commit()
        return f"{self.base_url}/samples/manage/{sample_request.manage_token}"


issuer = SampleLinkIssuer()


@bp.post("/")
def create_sample_request():
    payload = request.get_json(force=True)
    tiles = payload.get("tiles", [])[:5]
    sample_request = SampleRequest(
        email=payload["email"],
        address=payload["address"],
        tile_codes=tiles,
    )
    db.session.add(sample_request)
    db.session.flush()
    link = issuer.issue(sample_request)
    send_template(sample_request.email, "sample_request_received", {"manage_link": link})
    return jsonify({"id": sample_request.id}), 201


@bp.get("/manage/<token>")
def manage_sample_request(token: str):
    sample_request = SampleRequest.query.filter_by(manage_token=token).first()
    if sample_request is None:
        abort(404)
    if sample_request.manage_token_expires < datetime.now(timezone.utc):
        abort(410)
    return jsonify(sample_request.to_public_dict())
