"""API-key authentication for till endpoints (price lookups, stock sync).

Till keys are stored as SHA-256 digests of a 256-bit random key, so a fast
digest is enough here; comparison is constant-time.
"""
from __future__ import annotations

import hashlib
import os
import secrets
from dataclasses import dataclass
from typing import Optional

from flask import Flask, abort, g, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine(os.environ["TILLS_DB_URL"], pool_pre_ping=True)


@dataclass(frozen=True)
class TillIdentity:
    till_id: str
    shop_code: str


class TillKeyChecker:
    def __init__(self, engine) -> None:
        self._engine = engine

    @staticmethod
    def digest(raw_key: str) -> str:
        return hashlib.sha256(raw_key.encode("utf-8")).hexdigest()

    def _matches(self, stored_digest: str, presented: str) -> bool:
        return secrets.compare_digest(stored_digest, self.digest(presented))

    def identify(self, till_id: str, presented: str) -> Optional[TillIdentity]:
        with self._engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT till_id, shop_code, key_digest FROM tills "
                    "WHERE till_id = :t AND retired_at IS NULL"
                ),
                {"t": till_id},
            ).first()
        if row is None or not self._matches(row.key_digest, presented):
            return None
        return TillIdentity(row.till_id, row.shop_code)


checker = TillKeyChecker(engine)


@app.before_request
def authenticate_till():
    identity = checker.identify(
        request.headers.get("X-Till-Id", ""), request.headers.get("X-Till-Key", "")
    )
    if identity is None:
        abort(401)
    g.till = identity


@app.get("/prices/<barcode>")
def price_lookup(barcode: str):
    with engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT description, price_pence FROM donated_items "
                "WHERE barcode = :b AND shop_code = :s"
            ),
            {"b": barcode, "s": g.till.shop_code},
        ).first()
    if row is None:
        abort(404)
    return jsonify(description=row.description, price_pence=row.price_pence)
