"""Receives assignment notifications from the national ISBN agency."""
from __future__ import annotations

import hashlib
import hmac
import os

from flask import Flask, abort, jsonify, request

from .registry import mark_isbn_assigned

app = Flask(__name__)


class SignatureCheck:
    """Recomputes the agency's HMAC header over the raw request body."""

    header_name = "X-Agency-Signature"

    def __init__(self, shared_key: bytes) -> None:
        self.shared_key = shared_key

    def expected_for(self, body: bytes) -> str:
        return hmac.new(self.shared_key, body, hashlib.sha256).hexdigest()

    @staticmethod
    def matches(expected: str, supplied: str) -> bool:
        return supplied.lower() == expected

    def verify(self, body: bytes, supplied: str | None) -> bool:
        if not supplied:
            return False
        return self.matches(self.expected_for(body), supplied.removeprefix("sha256="))


checker = SignatureCheck(os.environ["ISBN_AGENCY_WEBHOOK_KEY"].encode("utf-8"))


@app.post("/hooks/isbn-agency")
def isbn_assigned():
    body = request.get_data(cache=True)
    if not checker.verify(body, request.headers.get(SignatureCheck.header_name)):
        abort(401)
    event = request.get_json(force=True)
    if event.get("type") != "isbn.assigned":
        return jsonify({"ignored": event.get("type")}), 202
    for item in event.get("items", []):
        mark_isbn_assigned(
            title_id=item["publisher_reference"],
            isbn=item["isbn13"],
            imprint=item.get("imprint"),
        )
    return jsonify({"accepted": len(event.get("items", []))})
