"""Device authentication for the sharpening bench tablets.

Each bench tablet is provisioned with a device token shown once during
setup. Tablets send it as ``Authorization: Device <id>:<token>``.
"""
import secrets

from django.http import JsonResponse

from scythesmith.benches.models import BenchTablet

SCHEME = "Device"


def _parse(header: str) -> tuple[str, str] | None:
    scheme, _, credentials = header.partition(" ")
    if scheme != SCHEME or ":" not in credentials:
        return None
    device_id, token = credentials.split(":", 1)
    return device_id, token


class BenchTabletMiddleware:
    protected_prefix = "/bench/api/"

    def __init__(self, get_response):
        self.get_response = get_response

    def _authenticate(self, request) -> BenchTablet | None:
        parsed = _parse(request.headers.get("Authorization", ""))
        if parsed is None:
            return None
        device_id, token = parsed
        tablet = BenchTablet.objects.filter(device_id=device_id, retired=False).first()
        if tablet is None:
            return None
        if not secrets.compare_digest(token.encode(), tablet.device_token.encode()):
            return None
        return tablet

    def __call__(self, request):
        if not request.path.startswith(self.protected_prefix):
            return self.get_response(request)
        tablet = self._authenticate(request)
        if tablet is None:
            return JsonResponse({"error": "device not recognised"}, status=401)
        request.bench_tablet = tablet
        return self.get_response(request)
