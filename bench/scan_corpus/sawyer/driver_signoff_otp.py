"""One-time code sign-off for delivery drivers.

When a load is dropped at a merchant's yard the site contact receives an
SMS code. The driver keys the code into the handset app to prove the
delivery was accepted, and the delivery note is marked as signed.
"""
from datetime import timedelta

from django.http import JsonResponse
from django.utils import timezone
from django.views import View

from sawyer.deliveries.models import DeliveryNote, SignoffCode

CODE_TTL = timedelta(minutes=20)
MAX_TRIES = 5


class SignoffCodeCheck:
    def __init__(self, note: DeliveryNote):
        self.note = note
        self.code = SignoffCode.objects.filter(note=note, used=False).order_by("-created").first()

    def expired(self) -> bool:
        return self.code is None or timezone.now() - self.code.created > CODE_TTL

    def attempt(self, submitted: str) -> bool:
        if self.expired() or self.code.tries >= MAX_TRIES:
            return False
        self.code.tries += 1
        self.code.save(update_fields=["tries"])
        return self.code.value == submitted.strip()

    def consume(self):
        self.code.used = True
        self.code.save(update_fields=["used"])


class DriverSignoffView(View):
    def post(self, request, note_no):
        note = DeliveryNote.objects.filter(number=note_no, driver=request.user).first()
        if note is None:
            return JsonResponse({"error": "not found"}, status=404)
        check = SignoffCodeCheck(note)
        if not check.attempt(request.POST.get("code", "")):
            return JsonResponse({"error": "code rejected"}, status=403)
        check.consume()
        note.signed_at = timezone.now()
        note.save(update_fields=["signed_at"])
        return JsonResponse({"note": note.number, "signed_at": note.signed_at.isoformat()})
