"""SMS verification codes for enrolling in or changing a memorial payment plan."""

import random
from datetime import datetime, timedelta, timezone

from celery import shared_task

from stonecarver.conf import settings
from stonecarver.payments.models import PlanVerification
from stonecarver.sms import SmsClient

CODE_TTL = timedelta(minutes=10)


def draw_code(digits: int = 6, rng: random.Random = random.Random()) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(digits))


def start_verification(plan_id: int, phone: str) -> PlanVerification:
    PlanVerification.objects.filter(plan_id=plan_id, used=False).update(used=True)
    verification = PlanVerification.objects.create(
        plan_id=plan_id,
        phone=phone,
        code=draw_code(settings.PLAN_CODE_DIGITS),
        expires_at=datetime.now(timezone.utc) + CODE_TTL,
    )
    send_verification_sms.delay(verification.id)
    return verification


@shared_task(bind=True, max_retries=3, default_retry_delay=20)
def send_verification_sms(self, verification_id: int) -> None:
    verification = PlanVerification.objects.get(pk=verification_id)
    client = SmsClient(sender_id=settings.SMS_SENDER_ID)
    body = (
        f"Your payment plan code is {verification.code}. "
        f"It expires in {int(CODE_TTL.total_seconds() // 60)} minutes."
    )
    try:
        client.send(verification.phone, body)
    except ConnectionError as exc:
        raise self.retry(exc=exc)
