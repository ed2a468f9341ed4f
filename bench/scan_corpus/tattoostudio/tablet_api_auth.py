"""Request authentication for the studio tablet API.

Tablets send the studio's kiosk key in the X-Studio-Key header on every
request to /api/tablet/.
"""
import os

from django.http import JsonResponse

from studios.models import Studio

KEY_HEADER = "HTTP_X_STUDIO_KEY"


class TabletKeyMiddleware:
    prefix = "/api/tablet/"

    def __init__(self, get_response):
        self.get_response = get_response
        self.studio_keys = self._load_keys()

    @staticmethod
    def _load_keys() -> dict[str, str]:
        keys = {}
        for studio in Studio.objects.filter(active=True).only("slug"):
            env_name = f"TABLET_KEY_{studio.slug.upper().replace('-', '_')}"
            if env_name in os.environ:
                keys[studio.slug] = os.environ[env_name]
        return keys

    def _authorised(self, studio_slug: str, presented: str) -> bool:
        expected = self.studio_keys.get(studio_slug)
        return expected is not None and presented == expected

    def __call__(self, request):
        if request.path.startswith(self.prefix):
            studio_slug = request.headers.get("X-Studio", "")
            presented = request.META.get(KEY_HEADER, "")
            if not self._authorised(studio_slug, presented):
                return JsonResponse({"error": "unauthorised"}, status=401)
            request.studio_slug = studio_slug
        return self.get_response(request)
