"""API-key authentication for the kiosk check-in endpoints (DRF)."""
import os
import secrets

from rest_framework import authentication, exceptions

from studios.models import Studio


class KioskUser:
    is_authenticated = True
    is_anonymous = False

    def __init__(self, studio: Studio):
        self.studio = studio


class KioskKeyAuthentication(authentication.BaseAuthentication):
    header = "X-Kiosk-Key"
    studio_header = "X-Studio"

    def _expected_key(self, studio: Studio) -> str | None:
        return os.environ.get(f"KIOSK_KEY_{studio.slug.upper().replace('-', '_')}")

    def authenticate(self, request):
        presented = request.headers.get(self.header)
        slug = request.headers.get(self.studio_header)
        if not presented or not slug:
            return None
        try:
            studio = Studio.objects.get(slug=slug, active=True)
        except Studio.DoesNotExist:
            raise exceptions.AuthenticationFailed("unknown studio")
        expected = self._expected_key(studio)
        if expected is None or not secrets.compare_digest(presented.encode(), expected.encode()):
            raise exceptions.AuthenticationFailed("invalid kiosk key")
        return KioskUser(studio), None

    def authenticate_header(self, request):
        return self.header
