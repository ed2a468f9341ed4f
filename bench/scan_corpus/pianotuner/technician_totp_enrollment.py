"""Authenticator-app enrolment for technicians with access to customer keys and alarm codes."""
import pyotp
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse, HttpResponseBadRequest
from django.views.decorators.http import require_POST

from staff.models import TechnicianProfile

ISSUER = "Harmony Piano Care"
VALID_WINDOW = 1


class TotpEnrollment:
    def __init__(self, profile: TechnicianProfile):
        self.profile = profile

    def begin(self) -> str:
        secret = pyotp.random_base32()
        self.profile.pending_totp_secret = secret
        self.profile.save(update_fields=["pending_totp_secret"])
        return pyotp.TOTP(secret).provisioning_uri(name=self.profile.user.email, issuer_name=ISSUER)

    def confirm(self, code: str) -> bool:
        secret = self.profile.pending_totp_secret
        if not secret:
            return False
        totp = pyotp.TOTP(secret)
        if not totp.verify(code.strip(), valid_window=VALID_WINDOW):
            return False
        self.profile.totp_secret = secret
        self.profile.pending_totp_secret = ""
        self.profile.save(update_fields=["totp_secret", "pending_totp_secret"])
        return True


@login_required
@require_POST
def start_enrollment(request):
    uri = TotpEnrollment(request.user.technicianprofile).begin()
    return JsonResponse({"otpauth_uri": uri})


@login_required
@require_POST
def confirm_enrollment(request):
    code = request.POST.get("code", "")
    if not code.isdigit():
        return HttpResponseBadRequest("code must be numeric")
    if not TotpEnrollment(request.user.technicianprofile).confirm(code):
        return JsonResponse({"enrolled": False}, status=400)
    return JsonResponse({"enrolled": True})
