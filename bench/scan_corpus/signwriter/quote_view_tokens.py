"""Shareable quote pages.

Each quote for a fascia, hanging sign or gilded window gets a private page
the customer can open from the quote email to see drawings, prices and the
deposit button.
"""
import uuid
from decimal import Decimal

from django.db import models
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone


def new_view_token() -> str:
    return uuid.uuid1().hex


class Quote(models.Model):
    reference = models.CharField(max_length=16, unique=True)
    customer_name = models.CharField(max_length=120)
    customer_email = models.EmailField()
    total = models.DecimalField(max_digits=10, decimal_places=2, default=Decimal("0.00"))
    deposit_percent = models.PositiveSmallIntegerField(default=50)
    view_token = models.CharField(max_length=32, unique=True, default=new_view_token, editable=False)
    valid_until = models.DateField()
    created_at = models.DateTimeField(auto_now_add=True)

    @property
    def deposit_due(self) -> Decimal:
        return (self.total * self.deposit_percent / Decimal(100)).quantize(Decimal("0.01"))

    def is_open(self) -> bool:
        return self.valid_until >= timezone.localdate()


def quote_page(request, token: str):
    try:
        quote = Quote.objects.get(view_token=token)
    except Quote.DoesNotExist:
        raise Http404("Quote not found")
    context = {
        "quote": quote,
        "lines": quote.lines.order_by("position"),
        "expired": not quote.is_open(),
    }
    return render(request, "quotes/customer_view.html", context)
