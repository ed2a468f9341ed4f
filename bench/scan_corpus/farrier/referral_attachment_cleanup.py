"""Lets staff remove attachments (x-rays, vet letters) from a remedial shoeing referral."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required

from .models import Referral, ReferralAttachment, db

log = logging.getLogger(__name__)
bp = Blueprint("referral_attachments", __name__, url_prefix="/referrals")


@dataclass
class RemovalRequest:
    referral_id: int
    filename: str
    reason: str

    @classmethod
    def from_json(cls, referral_id: int, body: dict) -> "RemovalRequest":
        return cls(referral_id, body["filename"], body.get("reason", ""))


class AttachmentStore:
    def __init__(self, root: str) -> None:
        self.root = root

    def folder(self, referral_id: int) -> str:
        return os.path.join(self.root, f"referral-{referral_id}")

    def remove(self, req: RemovalRequest) -> bool:
        target = os.path.join(self.folder(req.referral_id), req.filename)
        if not os.path.exists(target):
            return False
        os.remove(target)
        return True


@bp.delete("/<int:referral_id>/attachments")
@login_required
def delete_attachment(referral_id: int):
    if not current_user.is_staff:
        abort(403)
    referral = db.session.get(Referral, referral_id) or abort(404)
    req = RemovalRequest.from_json(referral.id, request.get_json(force=True))

    store = AttachmentStore(current_app.config["REFERRAL_ATTACHMENT_ROOT"])
    if not store.remove(req):
        abort(404)

    ReferralAttachment.query.filter_by(referral_id=referral.id, filename=req.filename).delete()
    db.session.commit()
    log.info("user %s removed %s from referral %s: %s", current_user.id, req.filename, referral.id, req.reason)
    return jsonify(removed=req.filename)
