"""Front-desk access links that let partner hotels see the trips their guests booked."""

from __future__ import annotations

import uuid
from datetime import timedelta

from django.db import models
from django.http import Http404, JsonResponse
from django.utils import timezone

LINK_LIFETIME = timedelta(days=90)


class PartnerHotel(models.Model):
    name = models.CharField(max_length=120)
    slug = models.SlugField(unique=True)
    contact_email = models.EmailField()


class FrontDeskLink(models.Model):
    hotel = models.ForeignKey(PartnerHotel, on_delete=models.CASCADE, related_name="links")
    token = models.CharField(max_length=64, unique=True, editable=False)
    created = models.DateTimeField(auto_now_add=True)
    revoked = models.BooleanField(default=False)

    @classmethod
    def issue(cls, hotel: PartnerHotel) -> "FrontDeskLink":
        return cls.objects.create(hotel=hotel, token=uuid.uuid1().hex)

    @property
    def expired(self) -> bool:
        return self.revoked or timezone.now() - self.created > LINK_LIFETIME


def referred_bookings(request, token: str) -> JsonResponse:
    link = FrontDeskLink.objects.select_related("hotel").filter(token=token).first()
    if link is None or link.expired:
        raise Http404("Unknown link")
    bookings = link.hotel.referrals.select_related("booking").order_by("-booking__trip_date")[:100]
    return JsonResponse(
        {
            "hotel": link.hotel.name,
            "bookings": [
                {
                    "guest": r.booking.lead_name,
                    "trip_date": r.booking.trip_date.isoformat(),
                    "craft": r.booking.craft,
                    "party_size": r.booking.party_size,
                }
                for r in bookings
            ],
        }
    )
