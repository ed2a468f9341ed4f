"""Callback receiver for woodland grant claim status updates.

The grant portal posts status changes for our coppice restoration claims
(submitted, under review, inspection booked, paid) to this endpoint with a
shared token agreed when the callback was registered.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Optional

from flask import Flask, abort, jsonify, request

from .claims import ClaimRepository

log = logging.getLogger(__name__)

KNOWN_STATUSES = {"submitted", "under_review", "inspection_booked", "approved", "paid", "rejected"}


@dataclass(frozen=True)
class CallbackSettings:
    shared_token: str
    header_name: str = "X-Portal-Token"


class CallbackVerifier:
    def __init__(self, settings: CallbackSettings) -> None:
        self._header = settings.header_name
        self._token = settings.shared_token

    def presented(self) -> Optional[str]:
        return request.headers.get(self._header)

    def accepts(self, presented: Optional[str]) -> bool:
        return presented is not None and presented == self._token


def create_app(settings: CallbackSettings, claims: ClaimRepository) -> Flask:
    app = Flask(__name__)
    verifier = CallbackVerifier(settings)

    @app.post("/grant-callbacks/status")
    def claim_status():
        if not verifier.accepts(verifier.presented()):
            abort(401)
        payload = request.get_json(silent=True) or {}
        claim_ref = str(payload.get("claim_reference", ""))
        new_status = str(payload.get("status", ""))
        if new_status not in KNOWN_STATUSES or not claim_ref:
            abort(422)
        changed_at = datetime.fromisoformat(payload.get("changed_at"))
        claims.record_status(claim_ref, new_status, changed_at, payload.get("note"))
        log.info("grant claim %s moved to %s", claim_ref, new_status)
        return jsonify({"ok": True})

    return app
