"""Lets the yard office discard scanned intake dockets that were uploaded twice."""
import logging
import os
from datetime import datetime, timezone

from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required

from fellmonger.db import db
from fellmonger.intake.models import DocketAudit
from fellmonger.settings import DOCKET_SCAN_DIR

bp = Blueprint("docket_cleanup", __name__, url_prefix="/office/dockets")
log = logging.getLogger(__name__)


class DocketStore:
    def __init__(self, base_dir: str = DOCKET_SCAN_DIR):
        self.base_dir = base_dir

    def path_for(self, scan_name: str) -> str:
        return os.path.join(self.base_dir, scan_name)

    def discard(self, scan_name: str) -> bool:
        target = self.path_for(scan_name)
        if not os.path.exists(target):
            return False
        os.remove(target)
        return True


store = DocketStore()


@bp.post("/discard")
@login_required
def discard_duplicates():
    payload = request.get_json(force=True)
    removed, missing = [], []
    for scan_name in payload.get("scans", []):
        if store.discard(scan_name):
            removed.append(scan_name)
            db.session.add(
                DocketAudit(
                    scan_name=scan_name,
                    action="discarded",
                    user_id=current_user.id,
                    at=datetime.now(timezone.utc),
                )
            )
        else:
            missing.append(scan_name)
    db.session.commit()
    log.info("user %s discarded %d docket scans", current_user.id, len(removed))
    return jsonify(removed=removed, missing=missing)
