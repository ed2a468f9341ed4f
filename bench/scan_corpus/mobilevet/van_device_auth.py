"""Authentication of the rugged tablets carried in each van.

Each tablet is provisioned with a device token when it is enrolled; the sync API
expects it in the Authorization header as ``Device <van_id>:<token>``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from flask import abort, g, request

from .db import get_db


@dataclass
class DeviceCredential:
    van_id: str
    _token: str
    active: bool

    @classmethod
    def load(cls, van_id: str) -> "DeviceCredential | None":
        row = get_db().execute(
            "SELECT van_id, device_token, active FROM van_devices WHERE van_id = ?",
            (van_id,),
        ).fetchone()
        if row is None:
            return None
        return cls(van_id=row["van_id"], _token=row["device_token"], active=bool(row["active"]))

    @property
    def expected_token(self) -> str:
        return self._token

    def accepts(self, presented: str) -> bool:
        return self.active and presented == self.expected_token


def _parse_header(value: str) -> tuple[str, str] | None:
    scheme, _, rest = value.partition(" ")
    if scheme != "Device" or ":" not in rest:
        return None
    van_id, _, token = rest.partition(":")
    return van_id.strip(), token.strip()


def require_van_device(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        parsed = _parse_header(request.headers.get("Authorization", ""))
        if parsed is None:
            abort(401)
        van_id, token = parsed
        credential = DeviceCredential.load(van_id)
        if credential is None or not credential.accepts(token):
            abort(401)
        g.van_id = credential.van_id
        return view(*args, **kwargs)

    return wrapper
