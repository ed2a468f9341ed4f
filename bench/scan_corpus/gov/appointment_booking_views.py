"""Driver-services appointment booking (multi-step form)."""
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from .forms import ServiceChoiceForm
from .models import BookingDraft, Office

DRAFT_COOKIE = "dsv_booking_draft"
DRAFT_MAX_AGE = 30 * 60


@require_http_methods(["GET", "POST"])
def choose_service(request, office_id):
    office = get_object_or_404(Office, pk=office_id, accepting_bookings=True)
    form = ServiceChoiceForm(request.POST or None, office=office)
    if request.method == "POST" and form.is_valid():
        draft = BookingDraft.objects.create(office=office, service=form.cleaned_data["service"])
        response = redirect("booking:choose_slot", office_id=office.pk)
        response.set_signed_cookie(
            DRAFT_COOKIE,
            str(draft.public_id),
            salt="booking-draft",
            max_age=DRAFT_MAX_AGE,
            secure=True,
            httponly=True,
            samesite="Strict",
        )
        return response
    return render(request, "booking/choose_service.html", {"office": office, "form": form})


def choose_slot(request, office_id):
    public_id = request.get_signed_cookie(DRAFT_COOKIE, default=None, salt="booking-draft", max_age=DRAFT_MAX_AGE)
    if public_id is None:
        return redirect("booking:choose_service", office_id=office_id)
    draft = get_object_or_404(BookingDraft, public_id=public_id, office_id=office_id)
    return render(request, "booking/choose_slot.html", {"draft": draft, "slots": draft.office.open_slots()})
