"""Sign-in endpoint for the driver app with an audit trail of failures.

Repeated failures from one handset lock the driver out until a supervisor
resets the account.
"""
import logging

from django.contrib.auth import authenticate
from django.http import JsonResponse
from django.views import View

from coalheaver.drivers.models import DriverLockout

audit = logging.getLogger("coalheaver.audit.driver_login")

LOCKOUT_THRESHOLD = 5


class DriverSignInView(View):
    http_method_names = ["post"]

    def _credentials(self, request) -> dict:
        return {
            "username": request.POST.get("driver_number", "").strip(),
            "password": request.POST.get("password", ""),
            "handset": request.POST.get("handset_id", ""),
        }

    def _record_failure(self, creds: dict) -> int:
        lockout, _ = DriverLockout.objects.get_or_create(username=creds["username"])
        lockout.failures += 1
        lockout.save(update_fields=["failures"])
        audit.warning("driver sign-in failed: %s (failures=%d)", creds, lockout.failures)
        return lockout.failures

    def post(self, request):
        creds = self._credentials(request)
        if DriverLockout.objects.filter(username=creds["username"], failures__gte=LOCKOUT_THRESHOLD).exists():
            return JsonResponse({"error": "locked"}, status=423)
        user = authenticate(request, username=creds["username"], password=creds["password"])
        if user is None:
            failures = self._record_failure(creds)
            return JsonResponse({"error": "invalid", "remaining": max(LOCKOUT_THRESHOLD - failures, 0)}, status=401)
        DriverLockout.objects.filter(username=creds["username"]).delete()
        audit.info("driver %s signed in on handset %s", creds["username"], creds["handset"])
        return JsonResponse({"driver_id": user.pk})
