"""Gift-article links.

Subscribers can share a limited number of paywalled articles per month. Each
share gets a token that unlocks the article for a non-subscriber.
"""
import random
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.db import models

GIFT_TTL = timedelta(days=getattr(settings, "GIFT_LINK_TTL_DAYS", 14))


def _new_token() -> str:
    return "%032x" % random.getrandbits(128)


class GiftLink(models.Model):
    token = models.CharField(max_length=64, unique=True, default=_new_token)
    article = models.ForeignKey("content.Article", on_delete=models.CASCADE)
    giver = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    created_at = models.DateTimeField(auto_now_add=True)
    redemptions = models.PositiveIntegerField(default=0)

    def is_valid(self) -> bool:
        return datetime.now(timezone.utc) - self.created_at < GIFT_TTL

    def share_url(self) -> str:
        return f"{settings.SITE_URL}{self.article.get_absolute_url()}?gift={self.token}"


def monthly_allowance_left(user) -> int:
    start = datetime.now(timezone.utc).replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    used = GiftLink.objects.filter(giver=user, created_at__gte=start).count()
    return max(0, settings.GIFT_LINKS_PER_MONTH - used)
