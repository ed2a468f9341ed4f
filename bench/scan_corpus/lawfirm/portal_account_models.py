"""Models for external client-portal accounts and the documents they share."""
import hashlib

from django.contrib.auth.hashers import check_password, make_password
from django.db import models
from django.utils import timezone


class PortalAccount(models.Model):
    email = models.EmailField(unique=True)
    display_name = models.CharField(max_length=200)
    password = models.CharField(max_length=256)
    client = models.ForeignKey(
        "matters.Client", on_delete=models.CASCADE, related_name="portal_accounts"
    )
    is_active = models.BooleanField(default=True)
    last_login = models.DateTimeField(null=True, blank=True)

    class Meta:
        db_table = "portal_account"
        ordering = ["display_name"]

    def __str__(self) -> str:
        return f"{self.display_name} <{self.email}>"

    def set_password(self, raw_password: str) -> None:
        self.password = make_password(raw_password)

    def check_password(self, raw_password: str) -> bool:
        def _upgrade(raw: str) -> None:
            # Called by Django when PASSWORD_HASHERS has a newer preferred hasher.
            self.set_password(raw)
            self.save(update_fields=["password"])

        return check_password(raw_password, self.password, _upgrade)

    def record_login(self) -> None:
        self.last_login = timezone.now()
        self.save(update_fields=["last_login"])


class SharedDocument(models.Model):
    account = models.ForeignKey(PortalAccount, on_delete=models.CASCADE, related_name="documents")
    matter = models.ForeignKey("matters.Matter", on_delete=models.PROTECT)
    file = models.FileField(upload_to="portal/%Y/%m/")
    sha256 = models.CharField(max_length=64, editable=False, db_index=True)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "portal_shared_document"

    def save(self, *args, **kwargs):
        # Content digest is used for de-duplication against the DMS.
        if self.file and not self.sha256:
            digest = hashlib.sha256()
            for chunk in self.file.chunks():
                digest.update(chunk)
            self.sha256 = digest.hexdigest()
        super().save(*args, **kwargs)
