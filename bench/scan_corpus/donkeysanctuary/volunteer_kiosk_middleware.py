"""Django middleware that authenticates the volunteer-centre kiosks.

Kiosks call the ``/kiosk/`` API with a per-device key. Keys are issued per
device so a lost tablet can be revoked without touching the others.
"""
from __future__ import annotations

import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache
from django.http import JsonResponse

from volunteers.models import KioskDevice

KIOSK_PREFIX = "/kiosk/"


def _key_digest(raw_key: str) -> str:
    return hmac.new(
        settings.KIOSK_KEY_PEPPER.encode("utf-8"), raw_key.encode("utf-8"), hashlib.sha256
    ).hexdigest()


class KioskKeyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def _device_for(self, device_id: str, raw_key: str):
        cache_key = f"kiosk-device:{device_id}"
        device = cache.get(cache_key)
        if device is None:
            device = KioskDevice.objects.filter(slug=device_id, active=True).first()
            if device is None:
                return None
            cache.set(cache_key, device, timeout=300)
        if not hmac.compare_digest(device.key_digest, _key_digest(raw_key)):
            return None
        return device

    def __call__(self, request):
        if not request.path.startswith(KIOSK_PREFIX):
            return self.get_response(request)

        device_id = request.headers.get("X-Kiosk-Device", "")
        raw_key = request.headers.get("X-Kiosk-Key", "")
        if not device_id or not raw_key:
            return JsonResponse({"error": "kiosk credentials required"}, status=401)

        device = self._device_for(device_id, raw_key)
        if device is None:
            return JsonResponse({"error": "unknown or revoked kiosk"}, status=401)

        request.kiosk_device = device
        return self.get_response(request)
