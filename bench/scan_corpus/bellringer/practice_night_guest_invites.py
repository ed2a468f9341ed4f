"""Guest invitations for practice nights.

A tower captain can invite a visiting ringer to a practice night; the
invite link lets the guest sign up for a slot without a portal account.
"""
import uuid

from django.db import models
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone


def _invite_token() -> str:
    return uuid.uuid1().hex


class GuestInvite(models.Model):
    practice = models.ForeignKey("practice.PracticeNight", on_delete=models.CASCADE)
    guest_name = models.CharField(max_length=120)
    guest_email = models.EmailField()
    token = models.CharField(max_length=64, unique=True, default=_invite_token)
    created_at = models.DateTimeField(auto_now_add=True)
    used_at = models.DateTimeField(null=True, blank=True)

    def get_absolute_url(self) -> str:
        return f"/practice/invite/{self.token}/"

    @property
    def is_open(self) -> bool:
        return self.used_at is None and self.practice.starts_at > timezone.now()


def accept_invite(request, token: str):
    invite = get_object_or_404(GuestInvite.objects.select_related("practice"), token=token)
    if not invite.is_open:
        raise Http404("This invitation has expired")
    if request.method == "POST":
        invite.practice.signups.create(
            ringer_name=invite.guest_name,
            email=invite.guest_email,
            is_guest=True,
            preferred_bell=request.POST.get("preferred_bell") or None,
        )
        invite.used_at = timezone.now()
        invite.save(update_fields=["used_at"])
        return redirect(invite.practice.get_absolute_url())
    return render(request, "practice/accept_invite.html", {"invite": invite})
