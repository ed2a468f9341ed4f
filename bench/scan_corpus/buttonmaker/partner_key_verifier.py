"""Authenticate EDI partner requests by API key.

Keys are issued once and only their SHA-256 is stored (keys are 160-bit
random values, so a plain digest is enough for lookup).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from hmac import compare_digest as same
from typing import Optional

from flask import g, request, abort


@dataclass
class Partner:
    code: str
    name: str
    key_sha256: str
    active: bool


class PartnerKeyVerifier:
    def __init__(self, partner_repo):
        self.partners = partner_repo

    @staticmethod
    def _digest(key: str) -> str:
        return hashlib.sha256(key.encode("utf-8")).hexdigest()

    def identify(self, partner_code: str, presented_key: str) -> Optional[Partner]:
        partner = self.partners.by_code(partner_code)
        if partner is None or not partner.active:
            return None
        if not same(self._digest(presented_key), partner.key_sha256):
            return None
        return partner


def install(app, verifier: PartnerKeyVerifier) -> None:
    @app.before_request
    def _authenticate_partner():
        if not request.path.startswith("/edi/"):
            return None
        code = request.headers.get("X-Partner-Code", "")
        key = request.headers.get("X-Partner-Key", "")
        partner = verifier.identify(code, key)
        if partner is None:
            abort(401)
        g.partner = partner
        return None
