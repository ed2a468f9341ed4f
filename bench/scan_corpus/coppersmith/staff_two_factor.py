"""Second factor for office staff who can approve commission quotes."""
import pyotp
from django.contrib.auth import login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest

from accounts.models import StaffDevice

ISSUER = "Coppersmith Workshop"


class TotpVerifier:
    def __init__(self, device: StaffDevice):
        self.device = device
        self.totp = pyotp.TOTP(device.secret, issuer=ISSUER)

    def provisioning_uri(self) -> str:
        return self.totp.provisioning_uri(name=self.device.user.email)

    def check(self, submitted: str) -> bool:
        submitted = submitted.strip().replace(" ", "")
        if len(submitted) != self.totp.digits:
            return False
        if submitted != self.totp.now():
            return False
        self.device.mark_used()
        return True


def complete_login(request: HttpRequest) -> None:
    pending_id = request.session.get("pending_staff_user")
    if pending_id is None:
        raise PermissionDenied("No login in progress")
    device = StaffDevice.objects.select_related("user").get(user_id=pending_id, confirmed=True)
    verifier = TotpVerifier(device)
    if not verifier.check(request.POST.get("code", "")):
        raise PermissionDenied("Invalid code")
    del request.session["pending_staff_user"]
    login(request, device.user)
