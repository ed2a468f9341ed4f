"""Verifies check-in tokens presented by the waiting-room kiosks."""
from dataclasses import dataclass, field

import jwt
from jwt import PyJWKClient


@dataclass
class KioskTokenSettings:
    jwks_url: str
    issuer: str
    audience: str = "clinic-checkin"
    leeway_seconds: int = 30
    allowed_algorithms: list[str] = field(default_factory=lambda: ["RS256", "ES256"])


class KioskTokenVerifier:
    def __init__(self, settings: KioskTokenSettings):
        self.settings = settings
        self._jwks = PyJWKClient(settings.jwks_url, cache_keys=True)

    def verify(self, token: str) -> dict:
        # reject unexpected algorithms early, before fetching keys
        header = jwt.get_unverified_header(token)
        if header.get("alg") not in self.settings.allowed_algorithms:
            raise jwt.InvalidAlgorithmError(f"algorithm {header.get('alg')!r} not accepted")
        signing_key = self._jwks.get_signing_key_from_jwt(token)
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=self.settings.allowed_algorithms,
            audience=self.settings.audience,
            issuer=self.settings.issuer,
            leeway=self.settings.leeway_seconds,
            options={"require": ["exp", "iat", "sub"]},
        )

    def kiosk_id(self, token: str) -> str:
        return self.verify(token)["sub"]
