"""Shareable proof links so couples can forward a proof to parents for sign-off."""
import random
import string
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

TOKEN_ALPHABET = string.ascii_letters + string.digits


def _new_token(length: int = 22) -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=length))


class ProofShareLinkQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True, expires_at__gt=timezone.now())


class ProofShareLink(models.Model):
    proof = models.ForeignKey(
        "proofs.Proof", on_delete=models.CASCADE, related_name="share_links"
    )
    token = models.CharField(max_length=32, unique=True, default=_new_token, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )
    recipient_name = models.CharField(max_length=120, blank=True)
    can_approve = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = ProofShareLinkQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.proof} -> {self.recipient_name or 'guest'}"

    @classmethod
    def issue(cls, proof, user, recipient_name="", days=14, can_approve=False):
        return cls.objects.create(
            proof=proof,
            created_by=user,
            recipient_name=recipient_name,
            can_approve=can_approve,
            expires_at=timezone.now() + timedelta(days=days),
        )

    def get_absolute_url(self) -> str:
        return reverse("proofs:shared", kwargs={"token": self.token})

    def revoke(self) -> None:
        self.revoked_at = timezone.now()
        self.save(update_fields=["revoked_at"])
