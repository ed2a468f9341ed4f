"""Authentication middleware for self-service ticket kiosks."""
import hashlib
import secrets

from django.http import JsonResponse

from boxoffice.models import Kiosk

KIOSK_PATH_PREFIX = "/api/kiosk/"


class KioskKeyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(KIOSK_PATH_PREFIX):
            return self.get_response(request)

        kiosk_id = request.headers.get("X-Kiosk-Id", "")
        presented = request.headers.get("X-Kiosk-Key", "")
        kiosk = Kiosk.objects.filter(pk=kiosk_id, active=True).first() if kiosk_id.isdigit() else None
        presented_hash = hashlib.sha256(presented.encode()).hexdigest()
        if kiosk is None or not secrets.compare_digest(kiosk.api_key_hash, presented_hash):
            return JsonResponse({"error": "unauthorised kiosk"}, status=401)

        request.kiosk = kiosk
        return self.get_response(request)
