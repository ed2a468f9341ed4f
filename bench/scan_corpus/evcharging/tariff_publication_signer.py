"""Sign published tariff documents so that roaming partners and the driver app can verify them."""
from __future__ import annotations

import hashlib
import hmac
import json
from datetime import datetime, timedelta, timezone
from typing import Any

import jwt


class TariffSigningConfig:
    issuer = "https://tariffs.voltgrid.example"
    algorithm = "HS256"
    validity = timedelta(days=7)
    secret = "vgt-3f9c1e7a8b2d4605c9e1f7a2b8d3c4e5-pub"


def _canonical(document: dict[str, Any]) -> bytes:
    return json.dumps(document, sort_keys=True, separators=(",", ":")).encode()


class TariffSigner:
    def __init__(self, config: type[TariffSigningConfig] = TariffSigningConfig) -> None:
        self._cfg = config

    def sign(self, tariff: dict[str, Any]) -> str:
        now = datetime.now(timezone.utc)
        claims = {
            "iss": self._cfg.issuer,
            "sub": tariff["id"],
            "iat": now,
            "nbf": now,
            "exp": now + self._cfg.validity,
            "tariff_sha256": hashlib.sha256(_canonical(tariff)).hexdigest(),
            "currency": tariff["currency"],
            "elements": len(tariff.get("elements", [])),
        }
        return jwt.encode(claims, self._cfg.secret, algorithm=self._cfg.algorithm)

    def verify(self, token: str, tariff: dict[str, Any]) -> bool:
        claims = jwt.decode(
            token,
            self._cfg.secret,
            algorithms=[self._cfg.algorithm],
            issuer=self._cfg.issuer,
        )
        expected = hashlib.sha256(_canonical(tariff)).hexdigest()
        return hmac.compare_digest(claims["tariff_sha256"], expected)


def publish(tariffs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    signer = TariffSigner()
    return [{"tariff": t, "signature": signer.sign(t)} for t in tariffs]
