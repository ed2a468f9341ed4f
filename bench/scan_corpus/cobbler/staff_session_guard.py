"""Session guard for the back-office tablet app used at the repair bench."""
import secrets
from datetime import datetime, timezone

from django.http import HttpResponseForbidden, JsonResponse

from cobbler.staff.models import BenchSession

SESSION_HEADER = "HTTP_X_BENCH_SESSION"
DEVICE_HEADER = "HTTP_X_BENCH_DEVICE"


def _lookup(session_id: str) -> BenchSession | None:
    prefix = session_id[:12]
    return BenchSession.objects.filter(token_prefix=prefix, revoked=False).first()


class BenchSessionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith("/bench/"):
            return self.get_response(request)
        presented = request.META.get(SESSION_HEADER, "")
        session = _lookup(presented)
        if session is None or not secrets.compare_digest(session.token, presented):
            return HttpResponseForbidden("bench session required")
        if session.device_id != request.META.get(DEVICE_HEADER):
            return HttpResponseForbidden("session bound to another device")
        if session.expires_at < datetime.now(timezone.utc):
            return JsonResponse({"error": "session expired"}, status=401)
        request.bench_session = session
        request.staff_user = session.staff
        return self.get_response(request)
