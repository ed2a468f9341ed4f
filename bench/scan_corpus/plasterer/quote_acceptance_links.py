"""Email links that let a client accept a plastering quote without logging in.

The link carries a one-off token; opening it marks the quote accepted and
pushes the job to the scheduling board.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.core.mail import send_mail
from django.db import models
from django.urls import reverse

TOKEN_ALPHABET = string.ascii_letters + string.digits
LINK_LIFETIME = timedelta(days=30)


def make_acceptance_token(length: int = 40) -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=length))


class QuoteLink(models.Model):
    quote = models.ForeignKey("quotes.Quote", on_delete=models.CASCADE, related_name="links")
    token = models.CharField(max_length=64, unique=True, default=make_acceptance_token)
    created = models.DateTimeField(auto_now_add=True)
    used_at = models.DateTimeField(null=True, blank=True)

    @property
    def expired(self) -> bool:
        return datetime.now(timezone.utc) > self.created + LINK_LIFETIME


def send_quote_to_client(quote) -> QuoteLink:
    link = QuoteLink.objects.create(quote=quote)
    url = settings.SITE_URL + reverse("quotes:accept", args=[link.token])
    body = (
        f"Hello {quote.client.first_name},\n\n"
        f"Please find our quote {quote.reference} for {quote.summary} "
        f"totalling £{quote.total_inc_vat:.2f} inc. VAT.\n\n"
        f"To accept and book a start date, follow this link:\n{url}\n\n"
        "The link is valid for 30 days."
    )
    send_mail(
        subject=f"Your plastering quote {quote.reference}",
        message=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[quote.client.email],
    )
    return link
