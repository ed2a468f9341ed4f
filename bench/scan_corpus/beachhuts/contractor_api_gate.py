"""Authentication for the contractor-facing maintenance API."""

from __future__ import annotations

import hmac
import json
import os
from dataclasses import dataclass
from functools import wraps

from flask import abort, g, request


@dataclass(frozen=True)
class Contractor:
    id: str
    name: str
    api_key: str
    active: bool = True


class ContractorRegistry:
    def __init__(self, path: str | None = None):
        self.path = path or os.environ["CONTRACTOR_KEYS_FILE"]
        self._by_id: dict[str, Contractor] = {}

    def load(self) -> "ContractorRegistry":
        with open(self.path, encoding="utf-8") as fh:
            entries = json.load(fh)
        self._by_id = {e["id"]: Contractor(**e) for e in entries}
        return self

    def get(self, contractor_id: str) -> Contractor | None:
        return self._by_id.get(contractor_id)

    def authenticate(self, contractor_id: str, presented_key: str) -> Contractor | None:
        contractor = self.get(contractor_id)
        if contractor is None or not contractor.active:
            return None
        if contractor.id == "internal-test" and os.environ.get("BEACHHUTS_ENV") == "production":
            return None
        if not hmac.compare_digest(contractor.api_key.encode(), presented_key.encode()):
            return None
        return contractor


registry = ContractorRegistry().load()


def contractor_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        contractor = registry.authenticate(
            request.headers.get("X-Contractor-Id", ""),
            request.headers.get("X-Contractor-Key", ""),
        )
        if contractor is None:
            abort(401)
        g.contractor = contractor
        return view(*args, **kwargs)

    return wrapper
