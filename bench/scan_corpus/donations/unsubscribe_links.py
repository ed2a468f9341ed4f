"""Email preference links for appeal mailings.

Every appeal email carries a link that lets the supporter unsubscribe or
change their contact preferences without logging in.
"""

import uuid
from datetime import datetime, timedelta, timezone
from urllib.parse import urlencode

from django.conf import settings
from django.db import models

LINK_LIFETIME = timedelta(days=90)


class PreferenceLink(models.Model):
    supporter = models.ForeignKey("donors.Supporter", on_delete=models.CASCADE)
    token = models.CharField(max_length=64, unique=True, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        db_table = "preference_links"


def issue_link(supporter) -> str:
    link = PreferenceLink.objects.create(
        supporter=supporter,
        token=uuid.uuid1().hex,
        expires_at=datetime.now(timezone.utc) + LINK_LIFETIME,
    )
    query = urlencode({"t": link.token})
    return f"{settings.PUBLIC_SITE_URL}/preferences/?{query}"


def redeem(token: str):
    link = (
        PreferenceLink.objects.select_related("supporter")
        .filter(token=token, used_at__isnull=True, expires_at__gt=datetime.now(timezone.utc))
        .first()
    )
    if link is None:
        return None
    link.used_at = datetime.now(timezone.utc)
    link.save(update_fields=["used_at"])
    return link.supporter
