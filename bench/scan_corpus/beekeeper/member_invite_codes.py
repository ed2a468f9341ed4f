"""Invitations for new members joining the beekeeping association.

A committee member enters an email address; the invitee receives a link that
lets them create a portal account without the usual approval step.
"""
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import models
from django.urls import reverse
from django.utils import timezone


class MemberInvitation(models.Model):
    VALID_FOR = timedelta(days=14)

    email = models.EmailField()
    invited_by = models.ForeignKey(
        "members.Member", on_delete=models.CASCADE, related_name="sent_invitations"
    )
    code = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    accepted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def save(self, *args, **kwargs):
        if not self.code:
            self.code = uuid.uuid1().hex
        super().save(*args, **kwargs)

    @property
    def is_open(self) -> bool:
        if self.accepted_at is not None:
            return False
        return timezone.now() < self.created_at + self.VALID_FOR

    def accept_url(self) -> str:
        return settings.SITE_URL + reverse("members:accept-invite", args=[self.code])

    def send(self) -> None:
        inviter = self.invited_by.display_name
        send_mail(
            subject="You're invited to join the association apiary",
            message=(
                f"{inviter} has invited you to join.\n\n"
                f"Create your account here: {self.accept_url()}\n\n"
                "The link is valid for 14 days."
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[self.email],
        )
