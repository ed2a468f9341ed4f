"""One-off links customers use to upload photos of the furniture they want reupholstered.

The office sends the link by email after the first phone call; the customer
opens it on their phone and uploads a few photos straight onto the job ticket.
"""
import secrets
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.core.mail import send_mail
from django.db import models
from django.urls import reverse
from django.utils import timezone as dj_timezone

LINK_LIFETIME = timedelta(days=7)


def _new_link_token() -> str:
    return secrets.token_urlsafe(32)


class PhotoUploadLink(models.Model):
    job_ticket = models.ForeignKey("jobs.JobTicket", on_delete=models.CASCADE,
                                   related_name="upload_links")
    token = models.CharField(max_length=64, unique=True, default=_new_link_token)
    expires_at = models.DateTimeField()
    max_photos = models.PositiveSmallIntegerField(default=12)
    used_photos = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    def is_usable(self) -> bool:
        return self.expires_at > dj_timezone.now() and self.used_photos < self.max_photos

    def url(self) -> str:
        path = reverse("jobs:photo-upload", kwargs={"token": self.token})
        return f"{settings.PUBLIC_SITE_URL}{path}"


def send_upload_link(job_ticket) -> PhotoUploadLink:
    link = PhotoUploadLink.objects.create(
        job_ticket=job_ticket,
        expires_at=datetime.now(timezone.utc) + LINK_LIFETIME,
    )
    send_mail(
        subject=f"Photos for your job {job_ticket.reference}",
        message=(
            f"Hello {job_ticket.customer_first_name},\n\n"
            "Please upload a few photos of the piece (front, back, and any damage) here:\n"
            f"{link.url()}\n\nThe link works for 7 days."
        ),
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[job_ticket.customer_email],
    )
    return link
