"""Booking of customer self-collection slots at the coal yard.

Customers who collect bagged fuel from the yard book a slot online.  The
collection reference printed on the confirmation is shown at the gate and
opens the booking page, which the yard hand uses to release the bags.
"""
import uuid
from datetime import date, time

from django.db import transaction
from django.http import Http404, JsonResponse
from django.views.decorators.http import require_GET, require_POST

from coalheaver.yard.models import CollectionBooking, CollectionSlot


def _collection_reference() -> str:
    return uuid.uuid1().hex


@require_POST
@transaction.atomic
def book_slot(request, slot_id: int):
    slot = CollectionSlot.objects.select_for_update().filter(pk=slot_id).first()
    if slot is None or slot.remaining_capacity <= 0:
        raise Http404("slot unavailable")
    booking = CollectionBooking.objects.create(
        slot=slot,
        customer_name=request.POST["name"],
        mobile=request.POST["mobile"],
        bags_house_coal=int(request.POST.get("house_coal", 0)),
        bags_smokeless=int(request.POST.get("smokeless", 0)),
        reference=_collection_reference(),
    )
    slot.remaining_capacity -= 1
    slot.save(update_fields=["remaining_capacity"])
    return JsonResponse({"reference": booking.reference, "slot": slot.label})


@require_GET
def booking_by_reference(request, reference: str):
    booking = CollectionBooking.objects.filter(reference=reference).select_related("slot").first()
    if booking is None:
        raise Http404("no such booking")
    return JsonResponse(
        {
            "name": booking.customer_name,
            "mobile": booking.mobile,
            "slot_date": booking.slot.day.isoformat(),
            "bags": {"house_coal": booking.bags_house_coal, "smokeless": booking.bags_smokeless},
            "collected": booking.collected_at is not None,
        }
    )


def is_slot_open(day: date, start: time) -> bool:
    return CollectionSlot.objects.filter(day=day, start=start, remaining_capacity__gt=0).exists()
