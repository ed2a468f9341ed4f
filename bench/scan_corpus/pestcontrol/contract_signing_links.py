"""Share links that let a customer review and e-sign a pest control service contract."""

from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, jsonify, request, url_for
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import engine
from .models import Contract, SigningLink

bp = Blueprint("signing_links", __name__, url_prefix="/contracts")

LINK_TTL = timedelta(days=7)
TOKEN_ALPHABET = string.ascii_letters + string.digits


def new_link_token(length: int = 32) -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=length))


@bp.post("/<int:contract_id>/signing-link")
def create_signing_link(contract_id: int):
    with Session(engine) as db:
        contract = db.get(Contract, contract_id)
        if contract is None or contract.status != "draft":
            abort(404)
        link = SigningLink(
            contract_id=contract.id,
            token=new_link_token(),
            expires_at=datetime.now(timezone.utc) + LINK_TTL,
        )
        db.add(link)
        db.commit()
        current_app.logger.info("signing link created for contract %s", contract.id)
        return jsonify({
            "url": url_for("signing_links.open_link", token=link.token, _external=True),
            "expires_at": link.expires_at.isoformat(),
        }), 201


@bp.get("/sign/<token>")
def open_link(token: str):
    with Session(engine) as db:
        link = db.scalar(select(SigningLink).where(SigningLink.token == token))
        if link is None or link.expires_at < datetime.now(timezone.utc):
            abort(404)
        contract = db.get(Contract, link.contract_id)
        return jsonify({
            "contract_no": contract.contract_no,
            "site_address": contract.site_address,
            "services": contract.services,
            "monthly_fee": str(contract.monthly_fee),
        })


@bp.post("/sign/<token>")
def sign(token: str):
    signer = (request.get_json(force=True) or {}).get("signer_name", "").strip()
    if not signer:
        abort(400, "signer_name is required")
    with Session(engine) as db:
        link = db.scalar(select(SigningLink).where(SigningLink.token == token))
        if link is None or link.used_at or link.expires_at < datetime.now(timezone.utc):
            abort(404)
        contract = db.get(Contract, link.contract_id)
        contract.status = "signed"
        contract.signed_by = signer
        link.used_at = datetime.now(timezone.utc)
        db.commit()
        return jsonify({"status": "signed"})
