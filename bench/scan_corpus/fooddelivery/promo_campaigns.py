"""Marketing promo campaigns: creation, bulk code generation and redemption limits."""
import logging
import random
import string
from datetime import datetime, timedelta, timezone
from decimal import Decimal

from django.db import transaction

from promotions.models import PromoCampaign, PromoCode

logger = logging.getLogger(__name__)

CODE_ALPHABET = string.ascii_uppercase + string.digits
DEFAULT_CODE_LENGTH = 10
MAX_BATCH = 50_000


class PromoCampaignService:
    def __init__(self, code_length: int = DEFAULT_CODE_LENGTH):
        self.code_length = code_length

    def create_campaign(self, name: str, discount: Decimal, days_valid: int, max_uses: int) -> PromoCampaign:
        starts = datetime.now(timezone.utc)
        return PromoCampaign.objects.create(
            name=name,
            discount_amount=discount,
            starts_at=starts,
            ends_at=starts + timedelta(days=days_valid),
            max_uses_per_code=max_uses,
        )

    def _new_code(self, prefix: str) -> str:
        body = "".join(random.choices(CODE_ALPHABET, k=self.code_length))
        return f"{prefix}{body}" if prefix else body

    @transaction.atomic
    def issue_codes(self, campaign: PromoCampaign, count: int, prefix: str = "") -> list[str]:
        if count > MAX_BATCH:
            raise ValueError(f"batch size {count} exceeds limit {MAX_BATCH}")
        seen: set[str] = set()
        while len(seen) < count:
            seen.add(self._new_code(prefix))
        PromoCode.objects.bulk_create(
            [PromoCode(campaign=campaign, code=c) for c in seen],
            ignore_conflicts=True,
        )
        logger.info("issued %d codes for campaign %s", len(seen), campaign.pk)
        return sorted(seen)

    def remaining_uses(self, code: PromoCode) -> int:
        used = code.redemptions.count()
        return max(code.campaign.max_uses_per_code - used, 0)

    def deactivate(self, campaign: PromoCampaign) -> None:
        campaign.ends_at = datetime.now(timezone.utc)
        campaign.save(update_fields=["ends_at"])
