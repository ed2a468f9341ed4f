import hashlib
import hmac
import secrets

import httpx
from fastapi import Depends, Header, HTTPException

from app.settings import get_settings, settings

DEVICE_KEYS = {"dev-1": ["k-old", "k-new"], "dev-2": ["k-2"]}


def require_probe(x_probe_key: str = Header(...), cfg=Depends(get_settings)) -> str:
    active = [p.key for p in cfg.probes if p.enabled]
    # ruleid: timing-unsafe-comparison
    if x_probe_key not in active:
        raise HTTPException(status_code=401)
    return x_probe_key


def require_probe_site(x_probe_site: str = Header(...), cfg=Depends(get_settings)) -> str:
    sites = [p.site for p in cfg.probes if p.enabled]
    # ok: timing-unsafe-comparison
    if x_probe_site not in sites:
        raise HTTPException(status_code=404)
    return x_probe_site


def partner_by_key(x_api_key: str = Header(...), cfg=Depends(get_settings)):
    partners = {p.api_key: p for p in cfg.partners}
    # ruleid: timing-unsafe-comparison
    if x_api_key not in partners:
        raise HTTPException(status_code=401)
    return partners[x_api_key]


def check_device(device_id: str, presented: str) -> bool:
    # ok: timing-unsafe-comparison
    if device_id not in DEVICE_KEYS:
        return False
    # ruleid: timing-unsafe-comparison
    return presented in DEVICE_KEYS[device_id]


def check_device_safely(device_id: str, presented: str) -> bool:
    # ok: timing-unsafe-comparison
    return any(secrets.compare_digest(presented, k) for k in DEVICE_KEYS.get(device_id, []))


def kiosk_keys(cfg) -> list[str]:
    return [k.secret for k in cfg.kiosks]


def kiosk_sites(cfg) -> list[str]:
    return [k.site for k in cfg.kiosks]


def require_kiosk(x_kiosk_key: str = Header(...), x_kiosk_site: str = Header(...), cfg=Depends(get_settings)):
    # ok: timing-unsafe-comparison
    if x_kiosk_site not in kiosk_sites(cfg):
        raise HTTPException(status_code=404)
    # ruleid: timing-unsafe-comparison
    if x_kiosk_key not in kiosk_keys(cfg):
        raise HTTPException(status_code=401)


def require_meter(x_meter_key: str = Header(...)) -> str:
    allowed = tuple(settings.meter_keys)
    # ruleid: timing-unsafe-comparison
    if x_meter_key not in allowed:
        raise HTTPException(status_code=401)
    return x_meter_key


def require_meter_hashed(x_meter_key: str = Header(...)) -> str:
    allowed = frozenset(settings.meter_key_hashes)
    # ok: timing-unsafe-comparison
    if hashlib.sha256(x_meter_key.encode()).hexdigest() not in allowed:
        raise HTTPException(status_code=401)
    return x_meter_key


def carrier_for(x_api_key: str = Header(...)) -> str:
    carrier_by_key = {key: name for name, key in settings.carrier_keys.items()}
    # ruleid: timing-unsafe-comparison
    if x_api_key not in carrier_by_key:
        raise HTTPException(status_code=401)
    return carrier_by_key[x_api_key]


def carrier_for_hashed(x_api_key: str = Header(...)) -> str:
    carrier_by_hash = {hashlib.sha256(key.encode()).hexdigest(): name for name, key in settings.carrier_keys.items()}
    digest = hashlib.sha256(x_api_key.encode()).hexdigest()
    # ok: timing-unsafe-comparison
    if digest not in carrier_by_hash:
        raise HTTPException(status_code=401)
    return carrier_by_hash[digest]


def _sign(secret: bytes, body: bytes) -> str:
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def signed_by_any(body: bytes, header: str, partner_secrets: list[bytes]) -> bool:
    provided = [part.partition("=")[2] for part in header.split(",")]
    # ruleid: timing-unsafe-signature-comparison
    return any(_sign(secret, body) in provided for secret in partner_secrets)


def signed_by_any_safely(body: bytes, header: str, partner_secrets: list[bytes]) -> bool:
    provided = [part.partition("=")[2] for part in header.split(",")]
    # ok: timing-unsafe-signature-comparison
    return any(hmac.compare_digest(_sign(s, body), p) for s in partner_secrets for p in provided)


class DeliveryConfirmation:
    def __init__(self, redis):
        self.redis = redis

    def confirm(self, parcel_id: int, submitted: str) -> bool:
        stored = self.redis.hgetall(f"delivery:{parcel_id}")
        # ruleid: timing-unsafe-comparison
        return stored[b"code"].decode() == submitted.strip()

    def confirm_safely(self, parcel_id: int, submitted: str) -> bool:
        stored = self.redis.hgetall(f"delivery:{parcel_id}")
        # ok: timing-unsafe-comparison
        return secrets.compare_digest(stored[b"code"].decode(), submitted.strip())

    def same_depot(self, parcel_id: int, submitted: str) -> bool:
        stored = self.redis.hgetall(f"delivery:{parcel_id}")
        # ok: timing-unsafe-comparison
        return stored[b"depot"].decode() == submitted.strip()


def fetch_catalogue(client: httpx.Client, manifest: dict) -> bytes:
    content = client.get(manifest["url"]).content
    digest = hashlib.sha256(content).hexdigest()
    # ok: timing-unsafe-comparison
    if digest != manifest["sha256"].lower():
        raise ValueError("checksum mismatch")
    return content
