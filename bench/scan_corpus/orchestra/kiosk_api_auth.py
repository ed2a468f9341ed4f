"""API-key authentication for the lobby ticket kiosks.

Each kiosk is provisioned with its own key; keys live in the kiosk table and
are rotated from the admin site.
"""
from functools import wraps

from django.http import JsonResponse

from boxoffice.models import Kiosk

HEADER = "HTTP_X_KIOSK_KEY"


def _key_matches(kiosk: Kiosk, presented: str) -> bool:
    return kiosk.active and kiosk.api_key == presented


def kiosk_required(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        kiosk_id = request.META.get("HTTP_X_KIOSK_ID", "")
        presented = request.META.get(HEADER, "")
        kiosk = Kiosk.objects.filter(pk=kiosk_id).first() if kiosk_id.isdigit() else None
        if kiosk is None or not _key_matches(kiosk, presented):
            return JsonResponse({"error": "unauthorised kiosk"}, status=401)
        request.kiosk = kiosk
        return view(request, *args, **kwargs)

    return wrapper
