"""Authenticates the handheld gate scanners against the ticketing API.

Each scanner holds its own EC key pair and signs short-lived JWTs; the
``kid`` header names the device so the matching public key can be looked up.
"""
import jwt
from fastapi import Depends, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from lighthousekeeper.scanners.registry import DeviceRegistry
from lighthousekeeper.settings import settings

bearer = HTTPBearer()
registry = DeviceRegistry()

AUDIENCE = "lighthousekeeper-ticketing"
ALGORITHMS = ["ES256"]


class ScannerIdentity:
    def __init__(self, device_id: str, site_code: str):
        self.device_id = device_id
        self.site_code = site_code


def _public_key_for(token: str):
    header = jwt.get_unverified_header(token)
    device = registry.get(header.get("kid", ""))
    if device is None or device.revoked:
        raise HTTPException(status_code=401, detail="unknown scanner")
    return device


def authenticate_scanner(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> ScannerIdentity:
    token = creds.credentials
    device = _public_key_for(token)
    try:
        claims = jwt.decode(
            token,
            device.public_key_pem,
            algorithms=ALGORITHMS,
            audience=AUDIENCE,
            issuer=device.device_id,
            options={"require": ["exp", "iat", "iss", "aud"]},
            leeway=settings.SCANNER_CLOCK_SKEW_SECONDS,
        )
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid scanner token")
    return ScannerIdentity(device_id=claims["iss"], site_code=device.site_code)
